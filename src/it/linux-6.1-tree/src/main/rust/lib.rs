// SPDX-License-Identifier: GPL-2.0
//! Rust code over Linux 6.1's refcount, list, bit and spinlock helpers, built in the real tree
//! with Kbuild's own C and Rust flags.
#![no_std]

#[allow(non_camel_case_types, non_snake_case, non_upper_case_globals, unreachable_pub, dead_code, missing_docs,
        unnecessary_transmutes)]
mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// Takes `n` more references to `r`, then drops as many plus one; returns how many drops freed it.
///
/// # Safety
///
/// `r` must point to a valid refcount holding one reference.
#[no_mangle]
pub unsafe extern "C" fn lt_refs(r: *mut ffi::refcount_t, n: u32) -> u32 {
    for _ in 0..n {
        // SAFETY: the caller gives a valid refcount.
        unsafe { ffi::rust_helper_refcount_inc(r) };
    }
    let mut freed = 0;
    for _ in 0..=n {
        // SAFETY: as above.
        if unsafe { ffi::rust_helper_refcount_dec_and_test(r) } {
            freed += 1;
        }
    }
    freed
}

/// Adds `n` nodes to the tail of `head` under `lock`, one lock per node.
///
/// # Safety
///
/// `lock` and `head` must be initialized, and `nodes` must point to `n` nodes on no list.
#[no_mangle]
pub unsafe extern "C" fn lt_list_fill(
    lock: *mut ffi::spinlock_t,
    head: *mut ffi::list_head,
    nodes: *mut ffi::list_head,
    n: usize,
) {
    for i in 0..n {
        // SAFETY: the caller's promises; `i < n`.
        unsafe {
            ffi::rust_helper_spin_lock(lock);
            ffi::rust_helper_list_add_tail(nodes.add(i), head);
            ffi::rust_helper_spin_unlock(lock);
        }
    }
}

/// Sets bits `0..n` of `map`; returns how many were clear before.
///
/// # Safety
///
/// `map` must hold at least `n` bits.
#[no_mangle]
pub unsafe extern "C" fn lt_bits(map: *mut core::ffi::c_ulong, n: i32) -> i32 {
    let mut clear = 0;
    for nr in 0..n {
        // SAFETY: the caller gives room for `n` bits.
        if !unsafe { ffi::rust_helper_test_and_set_bit(nr.into(), map) } {
            clear += 1;
        }
    }
    clear
}

/// The kernel crate defines the panic handler, and so does this one.
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
