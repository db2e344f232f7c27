// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_atomic_add_return(i: i64, v: *mut i64) -> i64;
}

#[no_mangle]
pub unsafe extern "C" fn bump(v: *mut i64) -> i64 {
    rust_helper_atomic_add_return(1, v)
}
