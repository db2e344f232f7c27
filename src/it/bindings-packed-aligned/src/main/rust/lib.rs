// SPDX-License-Identifier: Apache-2.0
//! Bumps a holder's count through the helper, `n` times, with the holder laid out by bindgen.
#![no_std]

#[allow(non_camel_case_types, dead_code)]
mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// The holder's count after `n` bumps from zero.
#[no_mangle]
pub extern "C" fn bumps(n: i32) -> i32 {
    // SAFETY: all zeroes is a valid holder (plain integers, or opaque bytes)
    let mut h: ffi::holder = unsafe { core::mem::zeroed() };
    let mut last = 0;
    for _ in 0..n {
        // SAFETY: `h` is a valid holder for the whole loop.
        last = unsafe { ffi::rust_helper_holder_bump(&mut h) };
    }
    last
}
