// SPDX-License-Identifier: Apache-2.0
/*
 * C twins of the refcount example's Rust loops (examples/refcount/src/main/rust/lib.rs), for the
 * instruction comparison of bench/run only: same signatures and the same statements, calling the
 * static inlines of kernel_like.h directly. Compiled alone, with external linkage and the helpers'
 * flags, so no interprocedural optimization specializes them (the driver's own C loops are static
 * and get their arguments constant-propagated, which changes their registers, not their cost).
 */
#include "kernel_like.h"

void c_refcount_inc_loop(refcount_t *r, uint64_t n)
{
	for (uint64_t i = 0; i < n; i++)
		refcount_inc(r);
}

uint64_t c_refcount_get_put_loop(refcount_t *r, uint64_t n)
{
	uint64_t zeros = 0;

	for (uint64_t i = 0; i < n; i++) {
		refcount_inc(r);
		if (refcount_dec_and_test(r))
			zeros++;
	}
	return zeros;
}

void c_list_add_del_loop(struct list_head *head, struct list_head *node, uint64_t n)
{
	for (uint64_t i = 0; i < n; i++) {
		list_add(node, head);
		list_del(node);
	}
}

uint64_t c_bit_set_clear_loop(unsigned long *addr, unsigned long mask, uint64_t n)
{
	uint64_t hits = 0;

	for (uint64_t i = 0; i < n; i++) {
		unsigned long nr = (unsigned long)i & mask;

		set_bit(nr, addr);
		if (test_bit(nr, addr))
			hits++;
		clear_bit(nr, addr);
	}
	return hits;
}

uint64_t c_test_and_set_bit_loop(unsigned long *addr, unsigned long mask, uint64_t n)
{
	uint64_t newly = 0;

	for (uint64_t i = 0; i < n; i++)
		if (!test_and_set_bit((unsigned long)i & mask, addr))
			newly++;
	return newly;
}

uint64_t c_atomic_add_unless_loop(atomic_t *v, int u, uint64_t n)
{
	uint64_t added = 0;

	for (uint64_t i = 0; i < n; i++)
		if (atomic_add_unless(v, 1, u))
			added++;
	return added;
}

void c_spin_lock_unlock_loop(spinlock_t *lock, uint64_t *counter, uint64_t n)
{
	for (uint64_t i = 0; i < n; i++) {
		spin_lock(lock);
		(*counter)++;
		spin_unlock(lock);
	}
}
