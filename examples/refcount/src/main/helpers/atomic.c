// SPDX-License-Identifier: Apache-2.0
/* Rust helpers for atomic_t (__rust_helper: see refcount.c). */
#include "kernel_like.h"

__rust_helper int rust_helper_atomic_read(const atomic_t *v)
{
	return atomic_read(v);
}

__rust_helper void rust_helper_atomic_set(atomic_t *v, int i)
{
	atomic_set(v, i);
}

__rust_helper bool rust_helper_atomic_add_unless(atomic_t *v, int a, int u)
{
	return atomic_add_unless(v, a, u);
}
