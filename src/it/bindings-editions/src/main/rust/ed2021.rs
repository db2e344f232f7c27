// SPDX-License-Identifier: Apache-2.0
//! Edition 2021: the generated bindings, included the Rust ecosystem's way.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// Takes `n` references.
///
/// # Safety
/// `r` points to a valid `refcount_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_loop(r: *mut ffi::refcount_t, n: u64) {
    let mut i = 0;
    while i < n {
        unsafe { ffi::rust_helper_refcount_inc(r) };
        i += 1;
    }
}
