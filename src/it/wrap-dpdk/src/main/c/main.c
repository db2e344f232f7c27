// SPDX-License-Identifier: Apache-2.0
// Runs the Rust functions and the same calls of DPDK's static inlines from C, and prints both.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <rte_ring.h>
#include <rte_spinlock.h>
#include <rte_mbuf.h>

size_t ring_pump(struct rte_ring *, size_t);
unsigned lock_count(rte_spinlock_t *, unsigned);
uint16_t refcnt_bump(struct rte_mbuf *, uint16_t);

static struct rte_ring *ring(void)
{
	ssize_t size = rte_ring_get_memsize(64);
	struct rte_ring *r = aligned_alloc(RTE_CACHE_LINE_SIZE, RTE_ALIGN_CEIL(size, RTE_CACHE_LINE_SIZE));
	if (r == NULL || rte_ring_init(r, "it", 64, RING_F_SP_ENQ | RING_F_SC_DEQ) != 0)
		exit(2);
	return r;
}

static size_t c_pump(struct rte_ring *r, size_t n)
{
	size_t sum = 0, next = 1;
	void *out[8];
	while (next <= n) {
		void *batch[8];
		size_t k = n + 1 - next < 8 ? n + 1 - next : 8;
		for (size_t i = 0; i < k; i++)
			batch[i] = (void *)(next + i);
		next += rte_ring_enqueue_burst(r, batch, k, NULL);
		unsigned got = rte_ring_dequeue_burst(r, out, 8, NULL);
		for (unsigned i = 0; i < got; i++)
			sum += (size_t)out[i];
	}
	return sum + rte_ring_count(r);
}

int main(void)
{
	size_t rr = ring_pump(ring(), 1000), cr = c_pump(ring(), 1000);
	rte_spinlock_t l;
	rte_spinlock_init(&l);
	unsigned rl = lock_count(&l, 500);
	struct rte_mbuf m;
	memset(&m, 0, sizeof m);
	uint16_t rm = refcnt_bump(&m, 41);
	rte_mbuf_refcnt_set(&m, 1);
	for (int i = 0; i < 41; i++)
		rte_mbuf_refcnt_update(&m, 1);
	printf("ring=%zu/%zu lock=%u free=%d refcnt=%u/%u\n", rr, cr, rl, !rte_spinlock_is_locked(&l), rm,
	       rte_mbuf_refcnt_read(&m));
	return !(rr == cr && rl == 500 && rm == rte_mbuf_refcnt_read(&m));
}
