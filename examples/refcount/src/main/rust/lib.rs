// SPDX-License-Identifier: Apache-2.0
//! Rust side of the `refcount` example: loops and small functions over the C
//! helpers of `kernel_like.h`, exported for the C driver (`src/main/c/driver.c`).
//!
//! The crate must link into a C program without Rust's `core` library, so no
//! code path may panic: no indexing, no `unwrap`, no `/` or `%`, only raw
//! pointers and wrapping arithmetic. With inlined helpers the object then needs
//! no symbol at all; with out-of-line helpers only `rust_helper_*`.

#![no_std]

use core::ffi::{c_int, c_uint, c_ulong};

/// `atomic_t`. Rust never touches the fields: only the C helpers do.
#[repr(C)]
pub struct AtomicT {
    pub counter: c_int,
}

/// `refcount_t`.
#[repr(C)]
pub struct RefcountT {
    pub refs: AtomicT,
}

/// `struct list_head`.
#[repr(C)]
pub struct ListHead {
    pub next: *mut ListHead,
    pub prev: *mut ListHead,
}

/// `spinlock_t`.
#[repr(C)]
pub struct SpinlockT {
    pub locked: c_int,
}

extern "C" {
    fn rust_helper_refcount_set(r: *mut RefcountT, n: c_int);
    fn rust_helper_refcount_read(r: *const RefcountT) -> c_uint;
    fn rust_helper_refcount_inc(r: *mut RefcountT);
    fn rust_helper_refcount_dec_and_test(r: *mut RefcountT) -> bool;

    #[allow(non_snake_case)] // the kernel's name
    fn rust_helper_INIT_LIST_HEAD(list: *mut ListHead);
    fn rust_helper_list_add(new: *mut ListHead, head: *mut ListHead);
    fn rust_helper_list_del(entry: *mut ListHead);
    fn rust_helper_list_empty(head: *const ListHead) -> bool;

    fn rust_helper_set_bit(nr: c_ulong, addr: *mut c_ulong);
    fn rust_helper_clear_bit(nr: c_ulong, addr: *mut c_ulong);
    fn rust_helper_test_bit(nr: c_ulong, addr: *const c_ulong) -> bool;
    fn rust_helper_test_and_set_bit(nr: c_ulong, addr: *mut c_ulong) -> bool;

    fn rust_helper_atomic_add_unless(v: *mut AtomicT, a: c_int, u: c_int) -> bool;

    fn rust_helper_spin_lock(lock: *mut SpinlockT);
    fn rust_helper_spin_unlock(lock: *mut SpinlockT);
}

// ---- loops timed by the driver (each has a C twin in driver.c) ----------

/// `refcount_inc(r)` `n` times.
///
/// # Safety
/// `r` points to a valid `refcount_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_inc_loop(r: *mut RefcountT, n: u64) {
    let mut i: u64 = 0;
    while i < n {
        rust_helper_refcount_inc(r);
        i = i.wrapping_add(1);
    }
}

/// `refcount_inc(r)` then `refcount_dec_and_test(r)`, `n` times; returns how
/// many decrements reached zero (0 when the count starts at 1 or more).
///
/// # Safety
/// `r` points to a valid `refcount_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_get_put_loop(r: *mut RefcountT, n: u64) -> u64 {
    let mut zeros: u64 = 0;
    let mut i: u64 = 0;
    while i < n {
        rust_helper_refcount_inc(r);
        if rust_helper_refcount_dec_and_test(r) {
            zeros = zeros.wrapping_add(1);
        }
        i = i.wrapping_add(1);
    }
    zeros
}

/// `list_add(node, head)` then `list_del(node)`, `n` times.
///
/// # Safety
/// `head` is an initialised list, `node` is not on it.
#[no_mangle]
pub unsafe extern "C" fn rust_list_add_del_loop(head: *mut ListHead, node: *mut ListHead, n: u64) {
    let mut i: u64 = 0;
    while i < n {
        rust_helper_list_add(node, head);
        rust_helper_list_del(node);
        i = i.wrapping_add(1);
    }
}

/// For bit `i & mask`: `set_bit`, `test_bit`, `clear_bit`, `n` times; returns
/// how many `test_bit` saw the bit set (`n` when nobody else writes the map).
///
/// # Safety
/// `addr` holds at least `mask + 1` bits; `mask + 1` is a power of two.
#[no_mangle]
pub unsafe extern "C" fn rust_bit_set_clear_loop(addr: *mut c_ulong, mask: c_ulong, n: u64) -> u64 {
    let mut hits: u64 = 0;
    let mut i: u64 = 0;
    while i < n {
        let nr = (i as c_ulong) & mask; // mask, not `%`: no divide-by-zero panic
        rust_helper_set_bit(nr, addr);
        if rust_helper_test_bit(nr, addr) {
            hits = hits.wrapping_add(1);
        }
        rust_helper_clear_bit(nr, addr);
        i = i.wrapping_add(1);
    }
    hits
}

/// `test_and_set_bit(i & mask)` `n` times; returns how many bits it newly set.
///
/// # Safety
/// As [`rust_bit_set_clear_loop`].
#[no_mangle]
pub unsafe extern "C" fn rust_test_and_set_bit_loop(
    addr: *mut c_ulong,
    mask: c_ulong,
    n: u64,
) -> u64 {
    let mut newly: u64 = 0;
    let mut i: u64 = 0;
    while i < n {
        if !rust_helper_test_and_set_bit((i as c_ulong) & mask, addr) {
            newly = newly.wrapping_add(1);
        }
        i = i.wrapping_add(1);
    }
    newly
}

/// `atomic_add_unless(v, 1, u)` `n` times; returns how many adds happened.
///
/// # Safety
/// `v` points to a valid `atomic_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_atomic_add_unless_loop(v: *mut AtomicT, u: c_int, n: u64) -> u64 {
    let mut added: u64 = 0;
    let mut i: u64 = 0;
    while i < n {
        if rust_helper_atomic_add_unless(v, 1, u) {
            added = added.wrapping_add(1);
        }
        i = i.wrapping_add(1);
    }
    added
}

/// `spin_lock`, `*counter += 1`, `spin_unlock`, `n` times.
///
/// # Safety
/// `lock` is a valid `spinlock_t`; `counter` is only accessed under it.
#[no_mangle]
pub unsafe extern "C" fn rust_spin_lock_unlock_loop(
    lock: *mut SpinlockT,
    counter: *mut u64,
    n: u64,
) {
    let mut i: u64 = 0;
    while i < n {
        rust_helper_spin_lock(lock);
        *counter = (*counter).wrapping_add(1);
        rust_helper_spin_unlock(lock);
        i = i.wrapping_add(1);
    }
}

// ---- small single-call functions, checked by the driver ------------------

/// `refcount_set(r, n)`.
///
/// # Safety
/// `r` points to a valid `refcount_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_set(r: *mut RefcountT, n: c_int) {
    rust_helper_refcount_set(r, n);
}

/// `refcount_read(r)`.
///
/// # Safety
/// `r` points to a valid `refcount_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_read(r: *const RefcountT) -> c_uint {
    rust_helper_refcount_read(r)
}

/// Drops one reference; true when it was the last (`refcount_dec_and_test`).
///
/// # Safety
/// `r` points to a valid `refcount_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_refcount_put(r: *mut RefcountT) -> bool {
    rust_helper_refcount_dec_and_test(r)
}

/// `INIT_LIST_HEAD(head)`.
///
/// # Safety
/// `head` is valid for writes.
#[no_mangle]
pub unsafe extern "C" fn rust_list_init(head: *mut ListHead) {
    rust_helper_INIT_LIST_HEAD(head);
}

/// `list_add(new, head)`.
///
/// # Safety
/// `head` is an initialised list, `new` is not on it.
#[no_mangle]
pub unsafe extern "C" fn rust_list_add(new: *mut ListHead, head: *mut ListHead) {
    rust_helper_list_add(new, head);
}

/// `list_del(entry)`.
///
/// # Safety
/// `entry` is on a list.
#[no_mangle]
pub unsafe extern "C" fn rust_list_del(entry: *mut ListHead) {
    rust_helper_list_del(entry);
}

/// `list_empty(head)`.
///
/// # Safety
/// `head` is an initialised list.
#[no_mangle]
pub unsafe extern "C" fn rust_list_is_empty(head: *const ListHead) -> bool {
    rust_helper_list_empty(head)
}

/// Number of entries on the list, walking `next` from `head`.
///
/// # Safety
/// `head` is an initialised, well-formed list.
#[no_mangle]
pub unsafe extern "C" fn rust_list_count(head: *const ListHead) -> usize {
    if rust_helper_list_empty(head) {
        return 0;
    }
    let mut count: usize = 0;
    let mut p: *const ListHead = (*head).next;
    while !core::ptr::eq(p, head) {
        count = count.wrapping_add(1);
        p = (*p).next;
    }
    count
}

/// `set_bit(nr, addr)`.
///
/// # Safety
/// `addr` holds more than `nr` bits.
#[no_mangle]
pub unsafe extern "C" fn rust_set_bit(nr: c_ulong, addr: *mut c_ulong) {
    rust_helper_set_bit(nr, addr);
}

/// `clear_bit(nr, addr)`.
///
/// # Safety
/// `addr` holds more than `nr` bits.
#[no_mangle]
pub unsafe extern "C" fn rust_clear_bit(nr: c_ulong, addr: *mut c_ulong) {
    rust_helper_clear_bit(nr, addr);
}

/// `test_bit(nr, addr)`.
///
/// # Safety
/// `addr` holds more than `nr` bits.
#[no_mangle]
pub unsafe extern "C" fn rust_test_bit(nr: c_ulong, addr: *const c_ulong) -> bool {
    rust_helper_test_bit(nr, addr)
}

/// `atomic_add_unless(v, a, u)`.
///
/// # Safety
/// `v` points to a valid `atomic_t`.
#[no_mangle]
pub unsafe extern "C" fn rust_atomic_add_unless(v: *mut AtomicT, a: c_int, u: c_int) -> bool {
    rust_helper_atomic_add_unless(v, a, u)
}
