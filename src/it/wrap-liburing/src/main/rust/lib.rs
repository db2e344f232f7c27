// SPDX-License-Identifier: Apache-2.0
//! Prepares io_uring submissions through liburing's static inline functions. There is no helper
//! C here and no extern block: <wrap> writes the helpers, bindgen their declarations and types
//! (struct io_uring_sqe, with its anonymous unions).
#![no_std]

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use ffi::io_uring_sqe;

/// Prepares a no-op carrying `data`, linked to the next submission.
///
/// # Safety
/// `sqe` points to a writable submission entry.
#[no_mangle]
pub unsafe extern "C" fn prep_linked_nop(sqe: *mut io_uring_sqe, data: u64) {
    ffi::rust_helper_io_uring_prep_nop(sqe);
    ffi::rust_helper_io_uring_sqe_set_data64(sqe, data);
    // IOSQE_IO_LINK: the bindings hold the helpers and the types they use, not every constant
    ffi::rust_helper_io_uring_sqe_set_flags(sqe, 1 << 2);
}

/// The data a completion carries.
///
/// # Safety
/// `cqe` points to a completion entry.
#[no_mangle]
pub unsafe extern "C" fn cqe_data(cqe: *const ffi::io_uring_cqe) -> u64 {
    ffi::rust_helper_io_uring_cqe_get_data64(cqe)
}
