// SPDX-License-Identifier: Apache-2.0
//! Calls two helpers whose names have no rust_helper_ prefix.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// twice(x) + triple(x)
#[no_mangle]
pub extern "C" fn compute(x: i32) -> i32 {
    unsafe { ffi::twice(x) + ffi::triple(x) }
}
