// SPDX-License-Identifier: Apache-2.0
//! Calls the C helpers in loops; the driver checks the results. The helpers' declarations and
//! `refcount_t` come from the bindings the plugin generates with bindgen.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use core::ffi::{c_uint, c_ulong};
use ffi::{refcount_t, rust_helper_refcount_inc, rust_helper_test_and_set_bit};

/// Takes `n` references.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_loop(r: *mut refcount_t, n: u64) {
    let mut i = 0;
    while i < n {
        rust_helper_refcount_inc(r);
        i += 1;
    }
}

/// Sets bits 0..n (n at most 128) and returns how many were already set.
#[no_mangle]
pub unsafe extern "C" fn rust_set_bits(addr: *mut c_ulong, n: c_uint) -> c_uint {
    let mut already = 0;
    let mut nr = 0;
    while nr < n {
        if rust_helper_test_and_set_bit(nr, addr) {
            already += 1;
        }
        nr += 1;
    }
    already
}
