// SPDX-License-Identifier: Apache-2.0
//! Declares PyTuple_GET_ITEM by hand with its arguments swapped: it compiles, links and would
//! even be inlined, then crash. The ABI check must stop the build.
#![no_std]

#[repr(C)]
pub struct PyObject {
    _private: [u8; 0],
}

extern "C" {
    fn rust_helper_PyTuple_GET_ITEM(index: isize, op: *mut PyObject) -> *mut PyObject;
    fn rust_helper_PyTuple_GET_SIZE(op: *mut PyObject) -> isize;
}

/// The last item of a tuple.
#[no_mangle]
pub unsafe extern "C" fn last_item(t: *mut PyObject) -> *mut PyObject {
    let n = rust_helper_PyTuple_GET_SIZE(t);
    rust_helper_PyTuple_GET_ITEM(n - 1, t)
}
