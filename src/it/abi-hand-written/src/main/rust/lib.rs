// SPDX-License-Identifier: Apache-2.0
//! The shared IT crate with its extern block written by hand, as crates did before the plugin
//! generated bindings: still checked against the C definitions.
#![no_std]

#[repr(C)]
pub struct Refcount {
    refs: i32,
}

extern "C" {
    fn rust_helper_refcount_inc(r: *mut Refcount);
    fn rust_helper_test_and_set_bit(nr: u32, addr: *mut u64) -> bool;
}

/// Takes `n` references.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_loop(r: *mut Refcount, n: u64) {
    let mut i = 0;
    while i < n {
        rust_helper_refcount_inc(r);
        i += 1;
    }
}

/// Sets bits 0..n (n at most 128) and returns how many were already set.
#[no_mangle]
pub unsafe extern "C" fn rust_set_bits(addr: *mut u64, n: u32) -> u32 {
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
