// SPDX-License-Identifier: Apache-2.0
//! Compiles, with a warning (improper_ctypes: char is not FFI-safe) that must reach the build log.
#![no_std]

extern "C" {
    fn rust_helper_code(x: i32) -> char;
}

/// The helper's code as a char.
#[no_mangle]
pub extern "C" fn code_of(x: i32) -> u32 {
    unsafe { rust_helper_code(x) as u32 }
}
