// SPDX-License-Identifier: Apache-2.0
//! Built by two builds of one folder at once.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// Takes `n` references.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_loop(r: *mut ffi::refcount_t, n: u64) {
    let mut i = 0;
    while i < n {
        ffi::rust_helper_refcount_inc(r);
        i += 1;
    }
}

/// Sets bits 0..n and returns how many were already set.
#[no_mangle]
pub unsafe extern "C" fn rust_set_bits(addr: *mut core::ffi::c_ulong, n: core::ffi::c_uint) -> core::ffi::c_uint {
    let mut already = 0;
    let mut nr = 0;
    while nr < n {
        if ffi::rust_helper_test_and_set_bit(nr, addr) {
            already += 1;
        }
        nr += 1;
    }
    already
}
