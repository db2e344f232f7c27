// SPDX-License-Identifier: Apache-2.0
//! Drives DPDK's ring, spinlock and mbuf reference count through their static inline functions,
//! with no helper C and no extern block: <wrap> writes the helpers, bindgen declares them. DPDK's
//! headers include the x86 intrinsics headers, and struct rte_mbuf's bindings have bitfields.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use core::ffi::c_void;
use ffi::*;

/// Puts 1..=n through the ring in bursts of up to 8, taking out what is there after each burst.
/// Returns the sum of what came out plus what is left in the ring.
///
/// # Safety
/// `r` is an initialised ring.
#[no_mangle]
pub unsafe extern "C" fn ring_pump(r: *mut rte_ring, n: usize) -> usize {
    let mut sum = 0;
    let mut next = 1;
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
            sum += *p as usize;
        }
    }
    sum + rust_helper_rte_ring_count(r) as usize
}

/// Takes the lock `n` times, counting the times it is held and a second take fails.
///
/// # Safety
/// `l` is an initialised, free spinlock.
#[no_mangle]
pub unsafe extern "C" fn lock_count(l: *mut rte_spinlock_t, n: u32) -> u32 {
    let mut held = 0;
    for _ in 0..n {
        rust_helper_rte_spinlock_lock(l);
        held += (rust_helper_rte_spinlock_is_locked(l) != 0 && rust_helper_rte_spinlock_trylock(l) == 0) as u32;
        rust_helper_rte_spinlock_unlock(l);
    }
    held
}

/// Sets the mbuf's reference count to 1, adds `k` to it one at a time, and returns it.
///
/// # Safety
/// `m` is a writable mbuf.
#[no_mangle]
pub unsafe extern "C" fn refcnt_bump(m: *mut rte_mbuf, k: u16) -> u16 {
    rust_helper_rte_mbuf_refcnt_set(m, 1);
    for _ in 0..k {
        rust_helper_rte_mbuf_refcnt_update(m, 1);
    }
    rust_helper_rte_mbuf_refcnt_read(m)
}
