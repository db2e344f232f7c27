// SPDX-License-Identifier: Apache-2.0
/* Rust helpers for spinlock_t (__rust_helper: see refcount.c). */
#include "kernel_like.h"

__rust_helper void rust_helper_spin_lock(spinlock_t *lock)
{
	spin_lock(lock);
}

__rust_helper void rust_helper_spin_unlock(spinlock_t *lock)
{
	spin_unlock(lock);
}
