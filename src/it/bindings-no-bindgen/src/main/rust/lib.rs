// SPDX-License-Identifier: Apache-2.0
//! Includes the generated bindings, on a machine where no bindgen can generate them.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// Takes one reference.
#[no_mangle]
pub unsafe extern "C" fn take(r: *mut ffi::refcount_t) {
    ffi::rust_helper_refcount_inc(r);
}
