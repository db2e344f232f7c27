// SPDX-License-Identifier: Apache-2.0
// Helpers over CPython's static inline reference counting: its headers come from pkg-config.
#include <Python.h>
#include "kr_py.h"

__rust_helper void rust_helper_Py_INCREF(PyObject *op)
{
	Py_INCREF(op);
}

__rust_helper void rust_helper_Py_DECREF(PyObject *op)
{
	Py_DECREF(op);
}

__rust_helper Py_ssize_t rust_helper_Py_REFCNT(PyObject *op)
{
	return Py_REFCNT(op);
}

__rust_helper int rust_helper_kr_pc_mark(void)
{
	return KR_PC_MARK;
}
