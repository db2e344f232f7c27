// SPDX-License-Identifier: Apache-2.0
// Includes the header explicitly, which must work as well as the implicit -include.
#include <rust_helper.h>

static inline unsigned long rotl(unsigned long x, unsigned int s) { return (x << s) | (x >> (64 - s)); }

__rust_helper unsigned long rust_helper_rotl(unsigned long x, unsigned int s) { return rotl(x, s); }
