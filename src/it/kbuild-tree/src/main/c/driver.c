// SPDX-License-Identifier: GPL-2.0
// Prints what the Rust functions compute.
#include <stdio.h>

/* Kbuild's -mfunction-return=thunk-extern: the objects return through the kernel's thunk */
__asm__(".globl __x86_return_thunk\n__x86_return_thunk:\n\tret\n");

int kr_take_and_drop(int n);
int kr_cpus(void);
const char *kr_where(void);

int main(void)
{
	printf("freed=%d cpus=%d where=%s\n", kr_take_and_drop(5), kr_cpus(), kr_where());
	return 0;
}
