/* A library header that uses the compiler's intrinsics headers, as DPDK's do. */
#include <cpuid.h>
#include <x86gprintrin.h>

/* the library's own API */
static inline unsigned lib_mix(unsigned a, unsigned b)
{
	return (a ^ b) * 2654435761u;
}

/* built for SSE 4.2 whatever the flags: its callers must be too */
static inline __attribute__((target("crc32"))) unsigned lib_crc_step(unsigned crc, unsigned v)
{
	return __builtin_ia32_crc32si(crc, v);
}
