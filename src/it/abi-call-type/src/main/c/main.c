// SPDX-License-Identifier: Apache-2.0
// Calls the Rust functions: each value must arrive as C sent it, through the adapters or through a call.
#include <stdio.h>

long end_by_value(long start, long len);
long end_by_pointer(long start, long len);
double swapped_re(double re, double im);
float fl2_dot(float x, float y);
int tag_kind(int id);

int main(void)
{
	printf("%ld %ld %.1f %.1f %d\n", end_by_value(3, 4), end_by_pointer(5, 6), swapped_re(1.5, 2.5),
	       fl2_dot(1.5f, 4.0f), tag_kind(7));
	return 0;
}
