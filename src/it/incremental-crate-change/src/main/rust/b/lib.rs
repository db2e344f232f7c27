// SPDX-License-Identifier: Apache-2.0
//! Uses crate a and a C helper.
#![no_std]

extern "C" {
    fn rust_helper_atomic_add_return(i: i64, v: *mut i64) -> i64;
}

#[no_mangle]
pub unsafe extern "C" fn accumulate(v: *mut i64, n: u64) -> i64 {
    let mut last = 0;
    let mut i = 0;
    while i < n {
        last = rust_helper_atomic_add_return(a::step(i), v);
        i += 1;
    }
    last
}
