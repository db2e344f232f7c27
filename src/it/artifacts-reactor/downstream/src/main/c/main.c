// SPDX-License-Identifier: Apache-2.0
#include <stdio.h>

long downstream_sum(long n);

int main(void)
{
	printf("sum=%ld\n", downstream_sum(10));
	return 0;
}
