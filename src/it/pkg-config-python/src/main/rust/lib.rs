// SPDX-License-Identifier: Apache-2.0
//! Reference counting of CPython objects from Rust, through helpers the plugin inlines: the
//! object then calls `_Py_Dealloc` itself, which a final link must take from libpython.
#![no_std]

use core::ffi::{c_int, c_long};

/// CPython's object, opaque here.
#[repr(C)]
pub struct PyObject {
    _private: [u8; 0],
}

extern "C" {
    fn PyLong_FromLong(v: c_long) -> *mut PyObject;
    fn rust_helper_Py_INCREF(op: *mut PyObject);
    fn rust_helper_Py_DECREF(op: *mut PyObject);
    fn rust_helper_Py_REFCNT(op: *mut PyObject) -> isize;
    fn rust_helper_kr_pc_mark() -> c_int;
}

/// Makes a Python int, takes a second reference, drops both, and returns the count it had.
#[no_mangle]
pub extern "C" fn kr_py_roundtrip(v: c_long) -> isize {
    // SAFETY: called with the interpreter initialized; the object is ours until the last DECREF.
    unsafe {
        let op = PyLong_FromLong(v);
        rust_helper_Py_INCREF(op);
        let count = rust_helper_Py_REFCNT(op);
        rust_helper_Py_DECREF(op);
        rust_helper_Py_DECREF(op);
        count
    }
}

/// What the C flags said of the mark (`-DKR_PC_MARK`, from a .pc file's Cflags).
#[no_mangle]
pub extern "C" fn kr_pc_mark() -> c_int {
    // SAFETY: the helper returns a constant.
    unsafe { rust_helper_kr_pc_mark() }
}
