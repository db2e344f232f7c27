// SPDX-License-Identifier: Apache-2.0
//! Calls one C helper, inlined through llvm-link.
#![no_std]

extern "C" {
    fn rust_helper_atomic_add_return(i: i64, v: *mut i64) -> i64;
}

#[no_mangle]
pub unsafe extern "C" fn add_twice(v: *mut i64) -> i64 {
    rust_helper_atomic_add_return(1, v);
    rust_helper_atomic_add_return(2, v)
}
