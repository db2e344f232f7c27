// SPDX-License-Identifier: Apache-2.0
// A few kernel-like static inline functions, for the integration tests.
#ifndef MINI_KERNEL_H
#define MINI_KERNEL_H

#include <limits.h>
#include <stdbool.h>

typedef struct { int refs; } refcount_t;

#define REFCOUNT_SATURATED (INT_MIN / 2)

// Out of line, as in the kernel: the saturation path is cold.
void refcount_warn_saturate(refcount_t *r);

static inline void refcount_inc(refcount_t *r)
{
	int old = __atomic_fetch_add(&r->refs, 1, __ATOMIC_RELAXED);

	// old + 1 in unsigned arithmetic: the kernel builds with -fno-strict-overflow, we do not
	if (__builtin_expect(old <= 0 || (int)((unsigned int)old + 1u) <= 0, 0))
		refcount_warn_saturate(r);
}

static inline bool test_and_set_bit(unsigned int nr, unsigned long *addr)
{
	unsigned long mask = 1UL << (nr % 64);
	unsigned long old = __atomic_fetch_or(addr + nr / 64, mask, __ATOMIC_SEQ_CST);

	return (old & mask) != 0;
}

#endif
