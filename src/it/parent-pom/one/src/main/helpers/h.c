// SPDX-License-Identifier: Apache-2.0
static inline unsigned int one_hash(unsigned int x) { return x * 2654435761u; }

__rust_helper unsigned int rust_helper_one_hash(unsigned int x) { return one_hash(x); }
