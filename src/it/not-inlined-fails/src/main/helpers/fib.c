// SPDX-License-Identifier: Apache-2.0
// Recursive (and not a tail call): LLVM inlines the first level into the Rust caller at most,
// so calls to the helper remain whatever always_inline asks.
__rust_helper unsigned long rust_helper_fib(unsigned long n)
{
	return n < 2 ? n : rust_helper_fib(n - 1) + rust_helper_fib(n - 2);
}

__rust_helper unsigned long rust_helper_square(unsigned long n)
{
	return n * n;
}
