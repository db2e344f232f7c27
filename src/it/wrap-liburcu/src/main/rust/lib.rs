// SPDX-License-Identifier: Apache-2.0
//! Drives liburcu's wait-free concurrent queue, lock-free stack and list through their static
//! inline functions, with no helper C and no extern block: <wrap> writes the helpers, bindgen
//! declares them. The queue's and the stack's push take their head as a transparent union
//! (cds_wfcq_head_ptr_t, cds_lfs_stack_ptr_t), which C passes as its first member: the helpers
//! take that member's pointer type, and Rust passes a pointer.
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use ffi::*;

/// Enqueues the `n` nodes in order, then dequeues until a node comes out of order or the queue
/// is empty. Returns how many came out in order: `n` when the queue is first in, first out.
///
/// # Safety
/// `head` and `tail` are writable; `nodes` points to `n` writable nodes.
#[no_mangle]
pub unsafe extern "C" fn wfcq_order(head: *mut cds_wfcq_head, tail: *mut cds_wfcq_tail,
                                    nodes: *mut cds_wfcq_node, n: usize) -> usize {
    rust_helper__cds_wfcq_init(head, tail);
    for i in 0..n {
        rust_helper__cds_wfcq_node_init(nodes.add(i));
        rust_helper__cds_wfcq_enqueue(head.cast(), tail, nodes.add(i));
    }
    let mut next = nodes;
    while rust_helper__cds_wfcq_dequeue_blocking(head, tail) == next {
        next = next.add(1);
    }
    rust_helper__cds_wfcq_destroy(head, tail);
    next.offset_from(nodes) as usize
}

/// Pushes the `n` nodes in order, then pops them all. Returns the sum of position * index over
/// the popped nodes, positions counted from 1, so that the order counts.
///
/// # Safety
/// `s` is writable; `nodes` points to `n` writable nodes.
#[no_mangle]
pub unsafe extern "C" fn lfs_order(s: *mut cds_lfs_stack, nodes: *mut cds_lfs_node, n: usize) -> usize {
    rust_helper__cds_lfs_init(s);
    for i in 0..n {
        rust_helper__cds_lfs_node_init(nodes.add(i));
        rust_helper__cds_lfs_push(s.cast(), nodes.add(i));
    }
    let mut sum = 0;
    let mut pos = 1;
    loop {
        let node = rust_helper__cds_lfs_pop_blocking(s);
        if node.is_null() {
            break;
        }
        sum += pos * node.offset_from(nodes) as usize;
        pos += 1;
    }
    rust_helper__cds_lfs_destroy(s);
    sum
}

/// Adds the `n` entries at the tail, moves the last one to the front, deletes the new last one,
/// and returns how many entries are left.
///
/// # Safety
/// `head` is writable; `e` points to `n` writable entries.
#[no_mangle]
pub unsafe extern "C" fn list_left(head: *mut cds_list_head, e: *mut cds_list_head, n: usize) -> usize {
    (*head).next = head;
    (*head).prev = head;
    for i in 0..n {
        rust_helper_cds_list_add_tail(e.add(i), head);
    }
    if rust_helper_cds_list_empty(head) == 0 {
        rust_helper_cds_list_move((*head).prev, head);
        rust_helper_cds_list_del((*head).prev);
    }
    let mut left = 0;
    let mut p = (*head).next;
    while p != head {
        left += 1;
        p = (*p).next;
    }
    left
}
