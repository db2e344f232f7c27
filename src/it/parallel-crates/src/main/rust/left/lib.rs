// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_twice(x: i32) -> i32;
}

#[no_mangle]
pub extern "C" fn left_twice(x: i32) -> i32 {
    unsafe { rust_helper_twice(x) }
}
