// SPDX-License-Identifier: Apache-2.0
//! The upstream crate: a function other modules' crates call, with a C helper inlined into it.
#![no_std]

extern "C" {
    fn rust_helper_scale(x: i64) -> i64;
}

/// SCALE * x + 1; kept out of line so that the downstream object calls it.
#[inline(never)]
pub fn scale_plus_one(x: i64) -> i64 {
    unsafe { rust_helper_scale(x) + 1 }
}
