// SPDX-License-Identifier: Apache-2.0
static inline unsigned int two_hash(unsigned int x) { return x * 2654435761u; }

__rust_helper unsigned int rust_helper_two_hash(unsigned int x) { return two_hash(x); }
