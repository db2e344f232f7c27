// SPDX-License-Identifier: Apache-2.0
#include <stdio.h>

long accumulate(long *v, unsigned long n);
long triple(long x);

int main(void)
{
	long v = 0;

	accumulate(&v, 70);
	printf("v=%ld triple=%ld\n", v, triple(v));
	return 0;
}
