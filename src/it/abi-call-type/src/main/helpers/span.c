// SPDX-License-Identifier: Apache-2.0
// Helpers that pass structs by value, and one that passes a long double.

struct span {
	long start;
	long len;
};

struct fpair {
	double re;
	double im;
};

/* 16 bytes by value: x86-64 clang passes it as two i64, rustc as one { i64, i64 } */
__rust_helper long rust_helper_span_end(struct span s)
{
	return s.start + s.len;
}

/* the same through a pointer: one IR type on both sides */
__rust_helper long rust_helper_span_end_ptr(const struct span *s)
{
	return s->start + s->len;
}

/* two doubles back: AArch64 clang returns { double, double }, rustc [2 x double] */
__rust_helper struct fpair rust_helper_fpair_swap(double re, double im)
{
	struct fpair r = { im, re };
	return r;
}

/* long double: bindgen declares u128 */
__rust_helper long double rust_helper_ld_twice(long double x)
{
	return x * 2;
}
