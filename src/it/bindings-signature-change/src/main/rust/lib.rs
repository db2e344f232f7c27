// SPDX-License-Identifier: Apache-2.0
//! Calls the helper as its first version declared it, through the generated bindings.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// `x` times three.
#[no_mangle]
pub extern "C" fn triple(x: i64) -> i64 {
    unsafe { ffi::rust_helper_scale(x, 3) }
}
