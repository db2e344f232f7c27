// SPDX-License-Identifier: Apache-2.0
// The first version of the helper: two arguments.
static inline long scale(long x, long factor) { return x * factor; }

__rust_helper long rust_helper_scale(long x, long factor)
{
	return scale(x, factor);
}
