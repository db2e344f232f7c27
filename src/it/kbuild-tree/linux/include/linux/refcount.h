/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/types.h>
#include <asm/kr_arch.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

static inline void refcount_inc(refcount_t *r)
{
	asm volatile(KR_ARCH_LOCK_PREFIX "incl %0" : "+m"(r->refs.counter) : : "memory");
}

static inline bool refcount_dec_and_test(refcount_t *r)
{
	return __atomic_sub_fetch(&r->refs.counter, 1, __ATOMIC_RELEASE) == 0;
}

/* what the configuration chose, as C sees it */
static inline int kr_nr_cpus(void)
{
	return IS_ENABLED(CONFIG_SMP) ? CONFIG_NR_CPUS : 1;
}

/* __FILE__ as -fmacro-prefix-map=./= leaves it: relative to the tree */
static inline const char *kr_where(void)
{
	return __FILE__;
}

#endif /* _LINUX_REFCOUNT_H */
