// SPDX-License-Identifier: Apache-2.0
/* Rust helpers for the atomic bit operations (__rust_helper: see refcount.c). */
#include "kernel_like.h"

__rust_helper void rust_helper_set_bit(unsigned long nr, volatile unsigned long *addr)
{
	set_bit(nr, addr);
}

__rust_helper void rust_helper_clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	clear_bit(nr, addr);
}

__rust_helper bool rust_helper_test_bit(unsigned long nr, const volatile unsigned long *addr)
{
	return test_bit(nr, addr);
}

__rust_helper bool rust_helper_test_and_set_bit(unsigned long nr, volatile unsigned long *addr)
{
	return test_and_set_bit(nr, addr);
}
