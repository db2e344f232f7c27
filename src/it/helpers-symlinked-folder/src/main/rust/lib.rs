// SPDX-License-Identifier: Apache-2.0
//! Calls a helper of its own and one from a folder linked into src/main/helpers.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// 2x + 7
#[no_mangle]
pub extern "C" fn both(x: i32) -> i32 {
    unsafe { ffi::rust_helper_own(ffi::rust_helper_twice(x)) }
}
