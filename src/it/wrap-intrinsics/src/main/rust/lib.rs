// SPDX-License-Identifier: Apache-2.0
//! Calls the two functions of lib_cpu.h that <wrap> writes helpers for: its own, and the one with
//! a target attribute (crc32), which this crate is compiled for (-Ctarget-feature=+sse4.2).
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// Mixes and checksums 0..n.
#[no_mangle]
pub extern "C" fn mix_crc(n: u32) -> u32 {
    let mut crc = !0;
    for i in 0..n {
        crc = unsafe { ffi::rust_helper_lib_crc_step(crc, ffi::rust_helper_lib_mix(i, crc)) };
    }
    crc
}
