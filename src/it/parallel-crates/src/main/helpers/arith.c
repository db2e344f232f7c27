// SPDX-License-Identifier: Apache-2.0
__rust_helper int rust_helper_twice(int x)
{
	return 2 * x;
}

__rust_helper int rust_helper_inc(int x)
{
	return x + 1;
}

// as the kernel's THIS_MODULE: the answer depends on the variant (-DMODULE)
__rust_helper int rust_helper_built_as(void)
{
#ifdef MODULE
	return 20;
#else
	return 10;
#endif
}
