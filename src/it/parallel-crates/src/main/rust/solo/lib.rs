// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_built_as() -> i32;
}

#[no_mangle]
pub extern "C" fn solo_built_as() -> i32 {
    unsafe { rust_helper_built_as() }
}
