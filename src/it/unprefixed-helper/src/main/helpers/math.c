// SPDX-License-Identifier: Apache-2.0
// Helpers need not be called rust_helper_*: the plugin checks every function the helper sources
// define. twice carries __rust_helper and is inlined; triple does not and stays a call.
static inline int mul(int x, int k) { return x * k; }

__rust_helper int twice(int x)
{
	return mul(x, 2);
}

int triple(int x)
{
	return mul(x, 3) + __builtin_popcount((unsigned)x);
}
