// SPDX-License-Identifier: Apache-2.0
// Runs the two Rust functions over libm and checks them against C's libm (fmod and sqrt are exact
// or correctly rounded, so the results must be equal bit for bit).
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "mini_kernel.h"

double libm_fmod_sum(const double *x, const double *y, size_t n, refcount_t *r);
unsigned int libm_sqrt_bits(unsigned long *addr, unsigned int n);

#define PAIRS 4096

// The sysroot's core is built to unwind: its frames name a personality routine, never called here.
void rust_eh_personality(void) {}

int main(void)
{
	static double x[PAIRS], y[PAIRS];
	for (int i = 0; i < PAIRS; i++) {
		x[i] = (i * 7919 % 10007) * 0.37 + 1e-3;
		y[i] = (i % 97 + 1) * 0.11;
	}
	x[1] = 1e300;    // a long reduction
	x[2] = -5.5;     // the sign of x
	y[3] = 4.9e-324; // a subnormal divisor
	x[4] = 0.0;
	double c = 0.0;
	for (int i = 0; i < PAIRS; i++)
		c += fmod(x[i], y[i]);

	refcount_t r = { 1 };
	double rust = libm_fmod_sum(x, y, PAIRS, &r);
	unsigned long bits[2] = { 0, 0 };
	unsigned int already = libm_sqrt_bits(bits, 10000);

	printf("fmod sum=%.17g (C %.17g) refcount=%d\n", rust, c, r.refs);
	printf("bits=%#lx,%#lx already=%u\n", bits[0], bits[1], already);
	int ok = memcmp(&rust, &c, sizeof c) == 0 && r.refs == PAIRS + 1 && already == 10000 - 100
		&& bits[0] == ~0UL && bits[1] == (1UL << 36) - 1;
	printf("%s\n", ok ? "OK" : "WRONG");
	return ok ? 0 : 1;
}
