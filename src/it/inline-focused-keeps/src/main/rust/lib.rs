// SPDX-License-Identifier: Apache-2.0
//! A crate where some functions call a helper and some call none: the default finish optimizes
//! the first kind again once the helper is inlined, and leaves the second as rustc optimized it.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use ffi::{refcount_t, rust_helper_refcount_inc};

/// Takes `n` references.
#[no_mangle]
pub unsafe extern "C" fn keeps_refcount_loop(r: *mut refcount_t, n: u64) {
    let mut i = 0;
    while i < n {
        rust_helper_refcount_inc(r);
        i += 1;
    }
}

/// XOR of each group of four words, summed (no helper).
#[no_mangle]
pub unsafe extern "C" fn keeps_fold_quads(p: *const u64, n: usize) -> u64 {
    let s = core::slice::from_raw_parts(p, n);
    s.chunks_exact(4).map(|c| c[0] ^ c[1] ^ c[2] ^ c[3]).fold(0u64, u64::wrapping_add)
}

/// The length of the longest run of equal values (no helper).
#[no_mangle]
pub unsafe extern "C" fn keeps_longest_run(p: *const u32, n: usize) -> usize {
    let s = core::slice::from_raw_parts(p, n);
    s.chunk_by(|a, b| a == b).map(|c| c.len()).max().unwrap_or(0)
}
