// SPDX-License-Identifier: GPL-2.0
// Kernel-style helpers over the tree's headers, outside the tree, as a module's would be.
#include <linux/refcount.h>

__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}

__rust_helper bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return refcount_dec_and_test(r);
}

__rust_helper int rust_helper_kr_nr_cpus(void)
{
	return kr_nr_cpus();
}

__rust_helper const char *rust_helper_kr_where(void)
{
	return kr_where();
}
