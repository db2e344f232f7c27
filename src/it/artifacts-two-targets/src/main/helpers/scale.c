// SPDX-License-Identifier: Apache-2.0
static inline long scale(long x)
{
	return 3 * x;
}

__rust_helper long rust_helper_scale(long x)
{
	return scale(x);
}
