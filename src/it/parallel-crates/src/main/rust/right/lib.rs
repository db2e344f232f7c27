// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_inc(x: i32) -> i32;
}

#[no_mangle]
pub extern "C" fn right_inc(x: i32) -> i32 {
    unsafe { rust_helper_inc(x) }
}
