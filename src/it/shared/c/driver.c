// SPDX-License-Identifier: Apache-2.0
// Runs the Rust functions and prints what they did; the ITs compare this output across modes.
#include <stdint.h>
#include <stdio.h>
#include "mini_kernel.h"

void rust_refcount_loop(refcount_t *r, uint64_t n);
unsigned int rust_set_bits(unsigned long *addr, unsigned int n);

int main(void)
{
	refcount_t r = { 1 };
	unsigned long bits[2] = { 0x5, 0 };
	refcount_t sat = { INT_MAX };

	rust_refcount_loop(&r, 1000000);
	unsigned int already = rust_set_bits(bits, 70);
	rust_refcount_loop(&sat, 1);

	printf("refcount=%d\n", r.refs);
	printf("bits=%#lx,%#lx already=%u\n", bits[0], bits[1], already);
	printf("saturated=%d\n", sat.refs == REFCOUNT_SATURATED);
	return r.refs == 1000001 && already == 2 && sat.refs == REFCOUNT_SATURATED ? 0 : 1;
}
