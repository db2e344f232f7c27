// SPDX-License-Identifier: Apache-2.0
//! Edition 2024: extern blocks must be `unsafe extern`, and the bindings are.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use core::ffi::{c_uint, c_ulong};

/// Sets bits 0..n (n at most 128) and returns how many were already set.
///
/// # Safety
/// `addr` points to enough words for `n` bits.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rust_set_bits(addr: *mut c_ulong, n: c_uint) -> c_uint {
    let mut already = 0;
    let mut nr = 0;
    while nr < n {
        if unsafe { ffi::rust_helper_test_and_set_bit(nr, addr) } {
            already += 1;
        }
        nr += 1;
    }
    already
}
