// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_atomic_add_return(i: i64, v: *mut i64) -> i64;
    fn rust_helper_rotl(x: u64, s: u32) -> u64;
}

#[no_mangle]
pub unsafe extern "C" fn mix(v: *mut i64) -> u64 {
    rust_helper_rotl(rust_helper_atomic_add_return(3, v) as u64, 7)
}
