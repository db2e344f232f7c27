// SPDX-License-Identifier: Apache-2.0
// The Rust loop against the same calls made from C.
#include <stdio.h>
#include "lib_cpu.h"

unsigned mix_crc(unsigned);

int main(void)
{
	unsigned c = ~0u;
	for (unsigned i = 0; i < 1000; i++)
		c = lib_crc_step(c, lib_mix(i, c));
	unsigned r = mix_crc(1000);
	printf("crc=%x/%x\n", r, c);
	return r != c;
}
