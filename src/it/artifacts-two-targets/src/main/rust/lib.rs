// SPDX-License-Identifier: Apache-2.0
//! One crate built for two targets, each packaged into its own zip.
#![no_std]

extern "C" {
    fn rust_helper_scale(x: i64) -> i64;
}

#[no_mangle]
pub extern "C" fn scaled(x: i64) -> i64 {
    unsafe { rust_helper_scale(x) }
}
