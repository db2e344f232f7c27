// SPDX-License-Identifier: Apache-2.0
#include <Python.h>
#include <stdio.h>

Py_ssize_t kr_py_roundtrip(long v);
int kr_pc_mark(void);

int main(void)
{
	Py_Initialize();
	printf("refcnt=%zd mark=%d\n", kr_py_roundtrip(1000003), kr_pc_mark());
	Py_Finalize();
	return 0;
}
