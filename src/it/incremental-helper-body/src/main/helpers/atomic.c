// SPDX-License-Identifier: Apache-2.0
static inline long atomic_add_return(long i, long *v)
{
	return __atomic_add_fetch(v, i, __ATOMIC_SEQ_CST);
}

__rust_helper long rust_helper_atomic_add_return(long i, long *v)
{
	return atomic_add_return(i, v);
}
