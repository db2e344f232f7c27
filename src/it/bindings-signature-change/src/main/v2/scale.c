// SPDX-License-Identifier: Apache-2.0
// The C side changed: an offset was added. Rust code written for the old signature must not build.
static inline long scale(long x, long factor, long offset) { return x * factor + offset; }

__rust_helper long rust_helper_scale(long x, long factor, long offset)
{
	return scale(x, factor, offset);
}
