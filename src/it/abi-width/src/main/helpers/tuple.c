// SPDX-License-Identifier: Apache-2.0
// CPython 3.11's tuple accessors, wrapped as helpers.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

__rust_helper PyObject *rust_helper_PyTuple_GET_ITEM(PyObject *op, Py_ssize_t i)
{
	return PyTuple_GET_ITEM(op, i);
}

__rust_helper Py_ssize_t rust_helper_PyTuple_GET_SIZE(PyObject *op)
{
	return PyTuple_GET_SIZE(op);
}
