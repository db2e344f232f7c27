// SPDX-License-Identifier: Apache-2.0
//! Folds a slice with `crc_step` (`_mm_crc32_u64`), written by <wrap> and declared by bindgen.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// The CRC32-C of `n` words at `v`, one `crc_step` per word.
///
/// # Safety
/// `v` points to `n` readable words.
#[no_mangle]
pub unsafe extern "C" fn crc_all(v: *const u64, n: usize) -> u64 {
    let mut crc = !0;
    for &x in core::slice::from_raw_parts(v, n) {
        crc = ffi::rust_helper_crc_step(crc, x);
    }
    crc
}
