// SPDX-License-Identifier: Apache-2.0
#include <stdio.h>

long accumulate(long *v, unsigned long n);

int main(void)
{
	long v = 0;
	long last = accumulate(&v, 70);

	printf("v=%ld last=%ld\n", v, last);
	return 0;
}
