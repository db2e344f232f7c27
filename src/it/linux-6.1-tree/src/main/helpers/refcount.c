// SPDX-License-Identifier: GPL-2.0
// Helpers as the kernel writes them in rust/helpers.c, over the real tree's headers.
#include <linux/refcount.h>

__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}

__rust_helper bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return refcount_dec_and_test(r);
}
