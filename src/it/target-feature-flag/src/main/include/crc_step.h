/* SPDX-License-Identifier: Apache-2.0 */
/* One CRC32-C step through SSE 4.2's crc32 instruction, as a library's header writes it. */
#include <stdint.h>
#include <nmmintrin.h>

static inline uint64_t crc_step(uint64_t crc, uint64_t v)
{
	return _mm_crc32_u64(crc, v);
}
