// SPDX-License-Identifier: Apache-2.0
/*
 * What bench/fixture-driver.c and bench/real-driver.c share: their arguments, the clock, a build's
 * name from its symbol prefix, and the median of one function's rounds. Included once, by each
 * driver, before its code; lib/driver-builds.h after its calls.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One call of a function in a build (or of its C twin): its result, folded to 64 bits. */
typedef uint64_t (*call_fn)(void);

/* The drivers' arguments, [SCALE>0 [ROUNDS>=0]] (defaults 1 and 7); false, after a usage line, when wrong. */
static bool driver_args(int argc, char **argv, double *scale, int *rounds)
{
	*scale = argc > 1 ? strtod(argv[1], NULL) : 1.0;
	*rounds = argc > 2 ? atoi(argv[2]) : 7;
	if (*scale <= 0 || *rounds < 0) {
		fprintf(stderr, "usage: %s [SCALE>0 [ROUNDS>=0]]\n", argv[0]);
		return false;
	}
	return true;
}

static uint64_t now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* A build's name: its symbol prefix without the trailing '_', or "rust" for unprefixed symbols. */
static const char *prefix_name(const char *prefix, char *buf, size_t len)
{
	size_t n = strlen(prefix);

	if (n == 0)
		return "rust";
	snprintf(buf, len, "%.*s", (int)(prefix[n - 1] == '_' ? n - 1 : n), prefix);
	return buf;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Sorts the N measurements X and prints "fbench FUNCTION BUILD MEDIAN MIN MAX". */
static void print_fbench(const char *function, const char *build, double *x, int n)
{
	qsort(x, (size_t)n, sizeof(*x), cmp_double);
	printf("fbench %s %s %.3f %.3f %.3f\n", function, build,
	       n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2, x[0], x[n - 1]);
}
