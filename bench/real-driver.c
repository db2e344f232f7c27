// SPDX-License-Identifier: Apache-2.0
/*
 * Real libraries' static inline functions from Rust (bench/real/urcu.rs, bench/real/dpdk.rs,
 * built by the plugin through <wrap>), checked, then timed against a C twin of each function that
 * calls the same static inlines directly: liburcu's wait-free queue, lock-free stack and list,
 * DPDK's ring and spinlock.
 *
 * Several builds of each crate are linked into one program, so that they are timed in the same
 * process: each object's defined symbols get a prefix (kernel_urcu_wfcq, ool_urcu_wfcq, ...) and
 * -DVARIANTS='X(kernel_) X(ool_)' lists the prefixes. Build (with DPDK's and liburcu's cflags):
 *   cc -O2 -D_LGPL_SOURCE $(pkg-config --cflags libdpdk) -DVARIANTS=... real-driver.c OBJECTS...
 *      -lrte_ring -lrte_eal
 *
 *   real-driver [SCALE [ROUNDS]]
 * prints "check FUNCTION SHAPE BUILD ok" (or FAILED: the result differs from the C twin's), then,
 * unless ROUNDS is 0, "fbench FUNCTION BUILD MEDIAN MIN MAX": ns per element over ROUNDS rounds,
 * BUILD "c" being the C twin (the same format as bench/fixture-driver.c). Exits 1 when a check
 * failed.
 */
#define _GNU_SOURCE
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <urcu/wfcqueue.h>
#include <urcu/lfstack.h>
#include <urcu/list.h>
#include <rte_ring.h>
#include <rte_spinlock.h>

#include "lib/driver.h"

#ifndef VARIANTS
#error "define VARIANTS, e.g. -DVARIANTS='X(kernel_) X(focused_)'"
#endif

#define ELEMS 1024

/* ---- the C twins: the Rust functions of bench/real, written in C ---------------------------------------------- */

__attribute__((noinline)) uint64_t c_urcu_wfcq(struct cds_wfcq_head *head, struct cds_wfcq_tail *tail,
					       struct cds_wfcq_node *nodes, size_t n)
{
	_cds_wfcq_init(head, tail);
	for (size_t i = 0; i < n; i++) {
		_cds_wfcq_node_init(&nodes[i]);
		_cds_wfcq_enqueue(head, tail, &nodes[i]);
	}
	uint64_t got = 0, in_order = 0;
	for (;;) {
		struct cds_wfcq_node *node = _cds_wfcq_dequeue_blocking(head, tail);

		if (!node)
			break;
		in_order += node == &nodes[got];
		got++;
	}
	return got + (in_order << 32);
}

__attribute__((noinline)) uint64_t c_urcu_lfs(struct cds_lfs_stack *s, struct cds_lfs_node *nodes, size_t n)
{
	_cds_lfs_init(s);
	for (size_t i = 0; i < n; i++) {
		_cds_lfs_node_init(&nodes[i]);
		_cds_lfs_push(s, &nodes[i]);
	}
	uint64_t got = 0, in_order = 0;
	for (;;) {
		struct cds_lfs_node *node = _cds_lfs_pop_blocking(s);

		if (!node)
			break;
		in_order += node == &nodes[n - 1 - got];
		got++;
	}
	_cds_lfs_destroy(s);
	return got + (in_order << 32);
}

__attribute__((noinline)) uint64_t c_urcu_list(struct cds_list_head *head, struct cds_list_head *e, size_t n)
{
	head->next = head;
	head->prev = head;
	for (size_t i = 0; i < n; i++)
		cds_list_add_tail(&e[i], head);
	for (size_t i = 0; i < n; i += 2)
		cds_list_move(&e[i], head);
	for (size_t i = 0; i < n; i += 3)
		cds_list_del(&e[i]);
	uint64_t sum = 0, place = 1;
	for (struct cds_list_head *p = head->next; p != head; p = p->next)
		sum += place++ * (uint64_t)(p - e);
	return sum + (uint64_t)cds_list_empty(head);
}

__attribute__((noinline)) uint64_t c_dpdk_ring(struct rte_ring *r, size_t n)
{
	uint64_t sum = 0, place = 1;
	size_t next = 1;
	void *out[8];

	while (next <= n) {
		void *batch[8] = { 0 };
		size_t k = n + 1 - next < 8 ? n + 1 - next : 8;

		for (size_t i = 0; i < k; i++)
			batch[i] = (void *)(next + i);
		next += rte_ring_enqueue_burst(r, batch, (unsigned int)k, NULL);
		unsigned int got = rte_ring_dequeue_burst(r, out, 8, NULL);
		for (unsigned int i = 0; i < got; i++)
			sum += place++ * (uint64_t)(uintptr_t)out[i];
	}
	return sum + rte_ring_count(r);
}

__attribute__((noinline)) uint64_t c_dpdk_spinlock(rte_spinlock_t *l, size_t n)
{
	uint64_t c = 0;

	for (size_t i = 0; i < n; i++) {
		rte_spinlock_lock(l);
		c += (uint64_t)rte_spinlock_is_locked(l);
		rte_spinlock_unlock(l);
	}
	return c;
}

/* ---- the Rust functions of every build ------------------------------------------------------ */

#define DECLARE(P) \
	uint64_t P##urcu_wfcq(struct cds_wfcq_head *, struct cds_wfcq_tail *, struct cds_wfcq_node *, size_t); \
	uint64_t P##urcu_lfs(struct cds_lfs_stack *, struct cds_lfs_node *, size_t); \
	uint64_t P##urcu_list(struct cds_list_head *, struct cds_list_head *, size_t); \
	uint64_t P##dpdk_ring(struct rte_ring *, size_t); \
	uint64_t P##dpdk_spinlock(rte_spinlock_t *, size_t);
#define X(P) DECLARE(P)
VARIANTS
#undef X

/* ---- the state every function works on, and how a call is made ------------------------------ */

static struct {
	struct cds_wfcq_head qhead;
	struct cds_wfcq_tail qtail;
	struct cds_wfcq_node qnodes[ELEMS];
	struct cds_lfs_stack stack;
	struct cds_lfs_node snodes[ELEMS];
	struct cds_list_head lhead, lnodes[ELEMS];
	struct rte_ring *ring;
	rte_spinlock_t lock;
} g;

#define CALLS(P, T) \
	static uint64_t T##_0(void) { return P##urcu_wfcq(&g.qhead, &g.qtail, g.qnodes, ELEMS); } \
	static uint64_t T##_1(void) { return P##urcu_lfs(&g.stack, g.snodes, ELEMS); } \
	static uint64_t T##_2(void) { return P##urcu_list(&g.lhead, g.lnodes, ELEMS); } \
	static uint64_t T##_3(void) { return P##dpdk_ring(g.ring, ELEMS); } \
	static uint64_t T##_4(void) { return P##dpdk_spinlock(&g.lock, ELEMS); } \
	static const call_fn T##_calls[] = { T##_0, T##_1, T##_2, T##_3, T##_4 };

CALLS(c_, twin)
#define X(P) CALLS(P, build_##P)
VARIANTS
#undef X

#define NSHAPES 5
static const char *const functions[NSHAPES] = { "urcu_wfcq", "urcu_lfs", "urcu_list", "dpdk_ring", "dpdk_spinlock" };
static const char *const shapes[NSHAPES] = { "wait-free_queue", "lock-free_stack", "list", "ring_bursts",
					     "spinlock" };

#include "lib/driver-builds.h"

int main(int argc, char **argv)
{
	double scale;
	int rounds;
	int failed = 0;
	char buf[64];

	if (!driver_args(argc, argv, &scale, &rounds))
		return 2;
	/* a single-producer, single-consumer ring of 64 slots; rte_ring_init needs no EAL */
	ssize_t size = rte_ring_get_memsize(64);
	if (size < 0 || !(g.ring = aligned_alloc(128, ((size_t)size + 127) / 128 * 128)) ||
	    rte_ring_init(g.ring, "bench", 64, RING_F_SP_ENQ | RING_F_SC_DEQ) != 0) {
		fprintf(stderr, "real-driver: cannot make a DPDK ring\n");
		return 2;
	}
	rte_spinlock_init(&g.lock);

	for (int s = 0; s < NSHAPES; s++) {
		uint64_t want = twin_calls[s]();

		for (size_t b = 0; b < NBUILDS; b++) {
			bool ok = builds[b][s]() == want;

			printf("check %s %s %s %s\n", functions[s], shapes[s], prefix_name(build_names[b], buf, sizeof(buf)),
			       ok ? "ok" : "FAILED");
			failed |= !ok;
		}
	}
	if (failed || rounds == 0) {
		fflush(stdout);
		return failed;
	}

	int calls = (int)(32 * scale);
	if (calls < 1)
		calls = 1;
	size_t nv = NBUILDS + 1; /* the builds, then the C twin */
	double *ns = calloc((size_t)NSHAPES * nv * (size_t)rounds, sizeof(*ns));
#define NS(s, v, r) ns[((size_t)(s) * nv + (v)) * (size_t)rounds + (r)]
	if (!ns) {
		perror("calloc");
		return 2;
	}
	/* every round times every function in every build, starting with a different build each round */
	for (int r = 0; r < rounds; r++)
		for (int s = 0; s < NSHAPES; s++)
			for (size_t i = 0; i < nv; i++) {
				size_t v = (i + (size_t)r) % nv;
				call_fn f = v < NBUILDS ? builds[v][s] : twin_calls[s];
				uint64_t t0 = now_ns();

				for (int c = 0; c < calls; c++)
					f();
				NS(s, v, r) = (double)(now_ns() - t0) / ((double)calls * ELEMS);
			}
	for (int s = 0; s < NSHAPES; s++)
		for (size_t v = 0; v < nv; v++) {
			double *x = &NS(s, v, 0);

			print_fbench(functions[s], v < NBUILDS ? prefix_name(build_names[v], buf, sizeof(buf)) : "c", x, rounds);
		}
	free(ns);
	return 0;
}
