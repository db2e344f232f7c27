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

struct fl2 {
	float x;
	float y;
};

struct tag {
	short id;
	char kind;
};

/* two floats by value: x86-64 clang passes <2 x float>, rustc double, both in xmm0 */
__rust_helper float rust_helper_fl2_dot(struct fl2 v)
{
	return v.x * v.y;
}

/* a 4-byte struct back: AArch64 clang returns i32, rustc i64, both in x0 */
__rust_helper struct tag rust_helper_tag_of(int id)
{
	struct tag t = { (short)id, 1 };
	return t;
}

/* long double: bindgen declares u128 */
__rust_helper long double rust_helper_ld_twice(long double x)
{
	return x * 2;
}
