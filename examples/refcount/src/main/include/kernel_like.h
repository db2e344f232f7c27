// SPDX-License-Identifier: Apache-2.0
/*
 * User-space copies of a few Linux kernel `static inline` functions: refcount,
 * list, atomic bit operations, a cmpxchg loop and a spinlock. Rust cannot call
 * a `static inline`, so the files in ../helpers wrap each one in a
 * rust_helper_<name>() function; the build then either calls those wrappers
 * (out-of-line mode) or inlines them into the Rust code through LLVM bitcode.
 *
 * Plain C11 with GNU __atomic builtins (clang and gcc); needs no libc.
 */
#ifndef KERNEL_LIKE_H
#define KERNEL_LIKE_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* Single, untorn access the compiler may neither merge nor drop. */
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val) (*(volatile __typeof__(x) *)&(x) = (val))

/* Polite busy-wait hint for spinning loops. */
static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

/* ---- atomic_t ------------------------------------------------------------ */

typedef struct {
	int counter;
} atomic_t;

static inline int atomic_read(const atomic_t *v)
{
	return __atomic_load_n(&v->counter, __ATOMIC_RELAXED);
}

static inline void atomic_set(atomic_t *v, int i)
{
	__atomic_store_n(&v->counter, i, __ATOMIC_RELAXED);
}

/* Kernel argument order: value first. Atomic arithmetic wraps, no UB. */
static inline int atomic_fetch_add_relaxed(int i, atomic_t *v)
{
	return __atomic_fetch_add(&v->counter, i, __ATOMIC_RELAXED);
}

static inline int atomic_fetch_sub_release(int i, atomic_t *v)
{
	return __atomic_fetch_sub(&v->counter, i, __ATOMIC_RELEASE);
}

/* Fully ordered on success, as in the kernel; on failure *old gets the
 * current value so a loop need not reload it. */
static inline bool atomic_try_cmpxchg(atomic_t *v, int *old, int new_val)
{
	return __atomic_compare_exchange_n(&v->counter, old, new_val, false,
					   __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
}

/* Add @a to @v unless @v was @u; true if the add happened. The kernel's
 * generic raw_atomic_fetch_add_unless() cmpxchg loop. */
static inline bool atomic_add_unless(atomic_t *v, int a, int u)
{
	int c = atomic_read(v);

	do {
		if (unlikely(c == u))
			return false;
		/* unsigned: wrapping add without signed-overflow UB */
	} while (!atomic_try_cmpxchg(v, &c, (int)((unsigned int)c + (unsigned int)a)));
	return true;
}

/* ---- refcount_t (include/linux/refcount.h) -------------------------------- */

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

/* Far from both 0 and the overflow point, so racing incs/decs stay there. */
#define REFCOUNT_SATURATED (INT_MIN / 2)

enum refcount_saturation_type {
	REFCOUNT_ADD_OVF,
	REFCOUNT_ADD_UAF,
	REFCOUNT_SUB_UAF,
};

/*
 * Out of line and cold, as lib/refcount.c: keeps the fast path to one locked
 * add and two predictable branches. Defined in helpers/refcount.c. Not a
 * rust_helper: when the helpers are inlined into a crate it becomes a local
 * copy there, so it must hold no state of its own.
 */
extern void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t)
	__attribute__((__noinline__, __cold__));

static inline void refcount_set(refcount_t *r, int n)
{
	atomic_set(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return (unsigned int)atomic_read(&r->refs);
}

static inline void __refcount_add(int i, refcount_t *r)
{
	int old = atomic_fetch_add_relaxed(i, &r->refs);

	if (unlikely(!old))
		refcount_warn_saturate(r, REFCOUNT_ADD_UAF);
	/* old + i < 0 with wrapping (the kernel builds with -fno-strict-overflow) */
	else if (unlikely(old < 0 || (int)((unsigned int)old + (unsigned int)i) < 0))
		refcount_warn_saturate(r, REFCOUNT_ADD_OVF);
}

static inline void refcount_inc(refcount_t *r)
{
	__refcount_add(1, r);
}

static inline bool __refcount_sub_and_test(int i, refcount_t *r)
{
	/* release: our prior accesses happen before whoever sees the drop */
	int old = atomic_fetch_sub_release(i, &r->refs);

	if (old == i) {
		/* smp_acquire__after_ctrl_dep(): the freeing path sees every
		 * other holder's accesses */
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		return true;
	}
	if (unlikely(old < 0 || (int)((unsigned int)old - (unsigned int)i) < 0))
		refcount_warn_saturate(r, REFCOUNT_SUB_UAF);
	return false;
}

static inline bool refcount_dec_and_test(refcount_t *r)
{
	return __refcount_sub_and_test(1, r);
}

/* ---- struct list_head (include/linux/list.h) ------------------------------ */

struct list_head {
	struct list_head *next, *prev;
};

/* Non-NULL addresses that fault: a use after list_del() is easy to spot. */
#define LIST_POISON1 ((struct list_head *)0x100)
#define LIST_POISON2 ((struct list_head *)0x122)

static inline void INIT_LIST_HEAD(struct list_head *list)
{
	WRITE_ONCE(list->next, list);
	WRITE_ONCE(list->prev, list);
}

static inline void __list_add(struct list_head *new_entry, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new_entry;
	new_entry->next = next;
	new_entry->prev = prev;
	WRITE_ONCE(prev->next, new_entry);
}

/* Insert after @head (stack order). */
static inline void list_add(struct list_head *new_entry, struct list_head *head)
{
	__list_add(new_entry, head, head->next);
}

static inline void __list_del(struct list_head *prev, struct list_head *next)
{
	next->prev = prev;
	WRITE_ONCE(prev->next, next);
}

static inline void list_del(struct list_head *entry)
{
	__list_del(entry->prev, entry->next);
	entry->next = LIST_POISON1;
	entry->prev = LIST_POISON2;
}

static inline bool list_empty(const struct list_head *head)
{
	return READ_ONCE(head->next) == head;
}

/* ---- atomic bit operations (asm-generic/bitops/atomic.h) ------------------ */

#define BITS_PER_LONG (8 * __SIZEOF_LONG__)
#define BIT_MASK(nr) (1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr) ((nr) / BITS_PER_LONG)

/* set_bit/clear_bit are atomic but unordered (relaxed), like the kernel's. */
static inline void set_bit(unsigned long nr, volatile unsigned long *addr)
{
	__atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline void clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_RELAXED);
}

/* A plain (volatile) read, as generic_test_bit(). */
static inline bool test_bit(unsigned long nr, const volatile unsigned long *addr)
{
	return 1UL & (addr[BIT_WORD(nr)] >> (nr & (BITS_PER_LONG - 1)));
}

/* Value-returning, hence fully ordered; x86 turns this into `lock bts`. */
static inline bool test_and_set_bit(unsigned long nr, volatile unsigned long *addr)
{
	unsigned long mask = BIT_MASK(nr);

	return (__atomic_fetch_or(&addr[BIT_WORD(nr)], mask, __ATOMIC_SEQ_CST) & mask) != 0;
}

/* ---- spinlock_t ----------------------------------------------------------- */

typedef struct {
	int locked;
} spinlock_t;

/* Test-and-test-and-set: waiters spin on a plain load, so they do not keep
 * pulling the cache line away from the holder. */
static inline void spin_lock(spinlock_t *lock)
{
	while (unlikely(__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE))) {
		while (__atomic_load_n(&lock->locked, __ATOMIC_RELAXED))
			cpu_relax();
	}
}

static inline void spin_unlock(spinlock_t *lock)
{
	__atomic_store_n(&lock->locked, 0, __ATOMIC_RELEASE);
}

#endif /* KERNEL_LIKE_H */
