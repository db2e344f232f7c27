// SPDX-License-Identifier: Apache-2.0
//! Declares PyTuple_GET_SIZE by hand as returning i32, where C returns Py_ssize_t (64 bits): the
//! upper half of every size is lost. The ABI check must stop the build.
#![no_std]

#[repr(C)]
pub struct PyObject {
    _private: [u8; 0],
}

extern "C" {
    fn rust_helper_PyTuple_GET_ITEM(op: *mut PyObject, index: isize) -> *mut PyObject;
    fn rust_helper_PyTuple_GET_SIZE(op: *mut PyObject) -> i32;
}

/// The last item of a tuple.
#[no_mangle]
pub unsafe extern "C" fn last_item(t: *mut PyObject) -> *mut PyObject {
    let n = rust_helper_PyTuple_GET_SIZE(t);
    rust_helper_PyTuple_GET_ITEM(t, n as isize - 1)
}
