// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_triple(x: i32) -> i32;
    fn rust_helper_twice(x: i32) -> i32;
}

#[no_mangle]
pub extern "C" fn compute(x: i32) -> i32 {
    unsafe { rust_helper_triple(x).wrapping_add(rust_helper_twice(x)) }
}
