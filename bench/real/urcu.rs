// SPDX-License-Identifier: Apache-2.0
//! liburcu's wait-free queue, lock-free stack and list from Rust, through helpers that the plugin
//! writes for their `static inline` functions (`<wrap>`; bench/run, "Run time on real code").
//! bench/real-driver.c has a C twin of each function that calls the `static inline`s directly.
#![no_std]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code, improper_ctypes)]
pub mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}
use ffi::*;

/// Enqueues `n` nodes, then dequeues until the queue is empty: how many came back, plus (times
/// 2^32) how many came back in the order they went in.
#[no_mangle]
pub unsafe extern "C" fn urcu_wfcq(head: *mut cds_wfcq_head, tail: *mut cds_wfcq_tail, nodes: *mut cds_wfcq_node, n: usize) -> u64 {
    rust_helper__cds_wfcq_init(head, tail);
    for i in 0..n {
        let node = nodes.add(i);
        rust_helper__cds_wfcq_node_init(node);
        rust_helper__cds_wfcq_enqueue(head.cast(), tail, node);
    }
    let (mut got, mut in_order) = (0u64, 0u64);
    loop {
        let node = rust_helper__cds_wfcq_dequeue_blocking(head, tail);
        if node.is_null() {
            break;
        }
        in_order += (node == nodes.add(got as usize)) as u64;
        got += 1;
    }
    got + (in_order << 32)
}

/// Pushes `n` nodes on the lock-free stack, then pops until it is empty: how many came back, plus
/// (times 2^32) how many came back last in, first out.
#[no_mangle]
pub unsafe extern "C" fn urcu_lfs(s: *mut cds_lfs_stack, nodes: *mut cds_lfs_node, n: usize) -> u64 {
    rust_helper__cds_lfs_init(s);
    for i in 0..n {
        rust_helper__cds_lfs_node_init(nodes.add(i));
        rust_helper__cds_lfs_push(s.cast(), nodes.add(i));
    }
    let (mut got, mut in_order) = (0u64, 0u64);
    loop {
        let node = rust_helper__cds_lfs_pop_blocking(s);
        if node.is_null() {
            break;
        }
        in_order += (node == nodes.add(n - 1 - got as usize)) as u64;
        got += 1;
    }
    rust_helper__cds_lfs_destroy(s);
    got + (in_order << 32)
}

/// Adds `n` entries at the list's tail, moves every even one to the head, deletes every third,
/// and returns the sum of the entries' indices weighted by their place.
#[no_mangle]
pub unsafe extern "C" fn urcu_list(head: *mut cds_list_head, e: *mut cds_list_head, n: usize) -> u64 {
    (*head).next = head;
    (*head).prev = head;
    for i in 0..n {
        rust_helper_cds_list_add_tail(e.add(i), head);
    }
    for i in (0..n).step_by(2) {
        rust_helper_cds_list_move(e.add(i), head);
    }
    for i in (0..n).step_by(3) {
        rust_helper_cds_list_del(e.add(i));
    }
    let (mut sum, mut place) = (0u64, 1u64);
    let mut p = (*head).next;
    while p != head {
        sum += place * p.offset_from(e) as u64;
        place += 1;
        p = (*p).next;
    }
    sum + (rust_helper_cds_list_empty(head) as u64)
}
