// SPDX-License-Identifier: Apache-2.0
/*
 * The builds that -DVARIANTS='X(kernel_) X(focused_) ...' lists, as the drivers (fixture-driver.c, real-driver.c)
 * use them: each build's symbol prefix and its table of calls, build_PREFIX_calls, which the
 * driver's CALLS(P, build_##P) defines before it includes this file.
 */
static const char *const build_names[] = {
#define X(P) #P,
	VARIANTS
#undef X
};
static const call_fn *const builds[] = {
#define X(P) build_##P##_calls,
	VARIANTS
#undef X
};
#define NBUILDS (sizeof(builds) / sizeof(builds[0]))
