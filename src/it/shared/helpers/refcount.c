// SPDX-License-Identifier: Apache-2.0
#include "mini_kernel.h"

void refcount_warn_saturate(refcount_t *r)
{
	__atomic_store_n(&r->refs, REFCOUNT_SATURATED, __ATOMIC_RELAXED);
}

__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
