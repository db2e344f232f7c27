// SPDX-License-Identifier: Apache-2.0
// Prints what the Rust function computes; built with -Zfunction-return=thunk-extern on x86-64,
// the Rust code returns through __x86_return_thunk, which the kernel defines and so do we.
#include <stdio.h>

int rust_kr_scale(int x);

#if defined(__x86_64__)
__asm__(".globl __x86_return_thunk\n__x86_return_thunk:\n\tret\n");
#endif

int main(void)
{
	printf("scale(4)=%d\n", rust_kr_scale(4));
	return 0;
}
