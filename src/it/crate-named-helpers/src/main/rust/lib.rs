// SPDX-License-Identifier: Apache-2.0
//! A module whose artifactId is `helpers`: its crate is named `helpers` by default.
#![no_std]

extern "C" {
    fn rust_helper_inc(x: i32) -> i32;
}

/// x + 1
#[no_mangle]
pub extern "C" fn inc(x: i32) -> i32 {
    unsafe { rust_helper_inc(x) }
}
