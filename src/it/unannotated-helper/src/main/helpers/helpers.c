// SPDX-License-Identifier: Apache-2.0
static inline int triple(int x) { return 3 * x + __builtin_popcount(x); }
static inline int twice(int x) { return 2 * x; }

// Forgot __rust_helper: with the kernel's -fno-builtin-wcslen its attributes differ from the
// Rust caller's, so LLVM will not inline it.
int rust_helper_triple(int x) { return triple(x); }

__rust_helper int rust_helper_twice(int x) { return twice(x); }
