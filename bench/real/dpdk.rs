// SPDX-License-Identifier: Apache-2.0
//! DPDK's ring and spinlock from Rust, through helpers that the plugin writes for their
//! `static inline` functions (`<wrap>`; bench/run, "Run time on real code").
//! bench/real-driver.c has a C twin of each function that calls the `static inline`s directly.
#![no_std]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code, improper_ctypes)]
pub mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}
use core::ffi::c_void;
use ffi::*;

/// Pushes the values 1..=n through the ring in bursts of up to 8 and returns the sum of what came
/// out, weighted by its place, plus what is left in the ring.
#[no_mangle]
pub unsafe extern "C" fn dpdk_ring(r: *mut rte_ring, n: usize) -> u64 {
    let (mut sum, mut place) = (0u64, 1u64);
    let mut next = 1usize;
    let mut out = [core::ptr::null_mut::<c_void>(); 8];
    while next <= n {
        let mut batch = [core::ptr::null_mut::<c_void>(); 8];
        let k = core::cmp::min(8, n + 1 - next);
        for (i, slot) in batch.iter_mut().take(k).enumerate() {
            *slot = (next + i) as *mut c_void;
        }
        next += rust_helper_rte_ring_enqueue_burst(r, batch.as_ptr(), k as u32, core::ptr::null_mut()) as usize;
        let got = rust_helper_rte_ring_dequeue_burst(r, out.as_mut_ptr(), 8, core::ptr::null_mut()) as usize;
        for p in out.iter().take(got) {
            sum += place * *p as u64;
            place += 1;
        }
    }
    sum + rust_helper_rte_ring_count(r) as u64
}

/// Takes and releases the lock `n` times, counting the times it was seen taken in between.
#[no_mangle]
pub unsafe extern "C" fn dpdk_spinlock(l: *mut rte_spinlock_t, n: usize) -> u64 {
    let mut c = 0;
    for _ in 0..n {
        rust_helper_rte_spinlock_lock(l);
        c += rust_helper_rte_spinlock_is_locked(l) as u64;
        rust_helper_rte_spinlock_unlock(l);
    }
    c
}
