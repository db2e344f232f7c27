// SPDX-License-Identifier: Apache-2.0
//! A crate that is clean under the kernel's lint flags, configured by a `@rustc_cfg` file as the
//! kernel's `include/generated/rustc_cfg` configures the kernel crate.
#![no_std]

extern "C" {
    fn rust_helper_kr_scale(x: i32) -> i32;
}

#[cfg(CONFIG_KR_DOUBLE)]
const FACTOR: i32 = 2;
#[cfg(CONFIG_KR_TRIPLE)]
const FACTOR: i32 = 3;

/// Scales `x` through the C helper, then by the factor the configuration chose.
#[no_mangle]
pub extern "C" fn rust_kr_scale(x: i32) -> i32 {
    // SAFETY: the helper only computes on its argument.
    let scaled = unsafe { rust_helper_kr_scale(x) };
    scaled.wrapping_mul(FACTOR)
}

/// Defined only when the configuration says `CONFIG_KR_DOUBLE`.
#[cfg(CONFIG_KR_DOUBLE)]
#[no_mangle]
pub extern "C" fn rust_kr_double_configured() -> i32 {
    1
}
