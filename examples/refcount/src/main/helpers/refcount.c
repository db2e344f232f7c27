// SPDX-License-Identifier: Apache-2.0
/*
 * Rust helpers for refcount_t. __rust_helper comes from the header the build
 * injects (-include rust_helper.h): always-inline for bitcode inlining, empty
 * for out-of-line helpers.
 */
#include "kernel_like.h"

/*
 * The slow path, out of line like lib/refcount.c (where the kernel would also
 * WARN). A plain function, not a helper: with inlined helpers each crate gets
 * an internal copy, so it only touches *r. Reaching REFCOUNT_SATURATED is the
 * proof that this ran: a bare increment never lands there.
 */
void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t)
{
	(void)t;
	refcount_set(r, REFCOUNT_SATURATED);
}

__rust_helper void rust_helper_refcount_set(refcount_t *r, int n)
{
	refcount_set(r, n);
}

__rust_helper unsigned int rust_helper_refcount_read(const refcount_t *r)
{
	return refcount_read(r);
}

__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}

__rust_helper bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return refcount_dec_and_test(r);
}
