// SPDX-License-Identifier: Apache-2.0
// As the kernel's THIS_MODULE: the answer depends on -DMODULE.
__rust_helper int rust_helper_built_as(void)
{
#ifdef MODULE
	return 2;
#else
	return 1;
#endif
}
