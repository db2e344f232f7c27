// SPDX-License-Identifier: Apache-2.0
// The Rust fold against the same calls of the static inline made from C.
#include <stdio.h>
#include "crc_step.h"

uint64_t crc_all(const uint64_t *, size_t);

int main(void)
{
	uint64_t v[1000], c = ~0ULL;
	for (size_t i = 0; i < 1000; i++)
		v[i] = i * 0x9e3779b97f4a7c15ULL;
	for (size_t i = 0; i < 1000; i++)
		c = crc_step(c, v[i]);
	uint64_t r = crc_all(v, 1000);
	printf("crc=%llx/%llx\n", (unsigned long long)r, (unsigned long long)c);
	return r != c;
}
