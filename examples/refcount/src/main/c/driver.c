// SPDX-License-Identifier: Apache-2.0
/*
 * Driver for the refcount example: checks every exported Rust function against
 * expected values, then times each loop shape written in C (calling the static
 * inline of kernel_like.h) and in Rust (calling its rust_helper).
 *
 * Usage: driver [SCALE [ROUNDS]]
 *   SCALE  multiplies every loop's default iteration count (default 1)
 *   ROUNDS interleaved timing rounds per shape and variant (default 7; 0 = checks only)
 *
 * Output: `check <name> ok` per check (exit 1 after any failure), then
 * `bench <shape> <c|rust> <median_ns> <min_ns> <max_ns>` in ns per loop
 * iteration; lines starting with '#' are comments.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kernel_like.h"

/* ---- the Rust crate (src/main/rust/lib.rs) ------------------------------- */

void rust_refcount_inc_loop(refcount_t *r, uint64_t n);
uint64_t rust_refcount_get_put_loop(refcount_t *r, uint64_t n);
void rust_list_add_del_loop(struct list_head *head, struct list_head *node, uint64_t n);
uint64_t rust_bit_set_clear_loop(unsigned long *addr, unsigned long mask, uint64_t n);
uint64_t rust_test_and_set_bit_loop(unsigned long *addr, unsigned long mask, uint64_t n);
uint64_t rust_atomic_add_unless_loop(atomic_t *v, int u, uint64_t n);
void rust_spin_lock_unlock_loop(spinlock_t *lock, uint64_t *counter, uint64_t n);

void rust_refcount_set(refcount_t *r, int n);
unsigned int rust_refcount_read(const refcount_t *r);
bool rust_refcount_put(refcount_t *r);
void rust_list_init(struct list_head *head);
void rust_list_add(struct list_head *new_entry, struct list_head *head);
void rust_list_del(struct list_head *entry);
bool rust_list_is_empty(const struct list_head *head);
size_t rust_list_count(const struct list_head *head);
void rust_set_bit(unsigned long nr, unsigned long *addr);
void rust_clear_bit(unsigned long nr, unsigned long *addr);
bool rust_test_bit(unsigned long nr, const unsigned long *addr);
bool rust_atomic_add_unless(atomic_t *v, int a, int u);

/*
 * With inlined helpers no helper object is linked, and the crate object holds
 * only an internal copy of refcount_warn_saturate() (llvm-link --internalize):
 * the C loops below need their own. With out-of-line helpers the strong
 * definition in helpers/refcount.c wins over this weak one.
 */
__attribute__((weak)) void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t)
{
	(void)t;
	refcount_set(r, REFCOUNT_SATURATED);
}

/* ---- C twins of the Rust loops ------------------------------------------ */
/*
 * noinline: each loop is compiled once, like its Rust twin, and its atomics
 * cannot be folded away. OPAQUE() hides the argument values: every caller
 * passes the same globals, and without it clang propagates their addresses
 * into the loop (interprocedural constant propagation), learns that the list
 * head and node cannot alias and drops reloads the Rust loop has to do.
 */
#define LOOP_FN static __attribute__((__noinline__))
#define OPAQUE(x) __asm__("" : "+r"(x))

LOOP_FN void c_refcount_inc_loop(refcount_t *r, uint64_t n)
{
	OPAQUE(r);
	for (uint64_t i = 0; i < n; i++)
		refcount_inc(r);
}

LOOP_FN uint64_t c_refcount_get_put_loop(refcount_t *r, uint64_t n)
{
	uint64_t zeros = 0;

	OPAQUE(r);
	for (uint64_t i = 0; i < n; i++) {
		refcount_inc(r);
		if (refcount_dec_and_test(r))
			zeros++;
	}
	return zeros;
}

LOOP_FN void c_list_add_del_loop(struct list_head *head, struct list_head *node, uint64_t n)
{
	OPAQUE(head);
	OPAQUE(node);
	for (uint64_t i = 0; i < n; i++) {
		list_add(node, head);
		list_del(node);
	}
}

LOOP_FN uint64_t c_bit_set_clear_loop(unsigned long *addr, unsigned long mask, uint64_t n)
{
	uint64_t hits = 0;

	OPAQUE(addr);
	OPAQUE(mask);
	for (uint64_t i = 0; i < n; i++) {
		unsigned long nr = (unsigned long)i & mask;

		set_bit(nr, addr);
		if (test_bit(nr, addr))
			hits++;
		clear_bit(nr, addr);
	}
	return hits;
}

LOOP_FN uint64_t c_test_and_set_bit_loop(unsigned long *addr, unsigned long mask, uint64_t n)
{
	uint64_t newly = 0;

	OPAQUE(addr);
	OPAQUE(mask);
	for (uint64_t i = 0; i < n; i++)
		if (!test_and_set_bit((unsigned long)i & mask, addr))
			newly++;
	return newly;
}

LOOP_FN uint64_t c_atomic_add_unless_loop(atomic_t *v, int u, uint64_t n)
{
	uint64_t added = 0;

	OPAQUE(v);
	OPAQUE(u);
	for (uint64_t i = 0; i < n; i++)
		if (atomic_add_unless(v, 1, u))
			added++;
	return added;
}

LOOP_FN void c_spin_lock_unlock_loop(spinlock_t *lock, uint64_t *counter, uint64_t n)
{
	OPAQUE(lock);
	OPAQUE(counter);
	for (uint64_t i = 0; i < n; i++) {
		spin_lock(lock);
		(*counter)++;
		spin_unlock(lock);
	}
}

/* ---- shared data: one cache line each, so the thread test does not false-share */

#define NBITS 128UL
#define BITMAP_LONGS (NBITS / BITS_PER_LONG)

static struct {
	_Alignas(64) refcount_t ref;
	_Alignas(64) atomic_t v;
	_Alignas(64) spinlock_t lock;
	_Alignas(64) uint64_t counter;
	_Alignas(64) unsigned long bitmap[BITMAP_LONGS];
	_Alignas(64) struct list_head head;
	struct list_head node[3];
} g;

static void reset(void)
{
	memset(&g, 0, sizeof(g));
	INIT_LIST_HEAD(&g.head);
}

/* ---- checks --------------------------------------------------------------- */

static int failures;

static void check(const char *name, bool ok, unsigned long long got, unsigned long long want)
{
	if (ok) {
		printf("check %s ok\n", name);
	} else {
		printf("check %s FAILED: got %llu (0x%llx) want %llu (0x%llx)\n", name, got, got,
		       want, want);
		failures++;
	}
}

#define CHECK_EQ(name, got, want)                                                      \
	do {                                                                           \
		unsigned long long g_ = (unsigned long long)(got);                     \
		unsigned long long w_ = (unsigned long long)(want);                    \
		check(name, g_ == w_, g_, w_);                                         \
	} while (0)

#define SATURATED ((unsigned int)REFCOUNT_SATURATED)

static void *c_spin_thread(void *arg)
{
	c_spin_lock_unlock_loop(&g.lock, &g.counter, *(uint64_t *)arg);
	return NULL;
}

static bool bitmap_is(const unsigned long *want)
{
	return memcmp(g.bitmap, want, sizeof(g.bitmap)) == 0;
}

static void run_checks(void)
{
	const uint64_t n = 1000;

	/* refcount: plain increments, then the three saturation paths. A count
	 * of exactly REFCOUNT_SATURATED can only come from refcount_warn_saturate. */
	reset();
	rust_refcount_set(&g.ref, 1);
	rust_refcount_inc_loop(&g.ref, n);
	CHECK_EQ("refcount_inc", rust_refcount_read(&g.ref), 1 + n);

	reset();
	rust_refcount_set(&g.ref, 0);
	rust_refcount_inc_loop(&g.ref, 1);
	CHECK_EQ("refcount_inc_from_zero_saturates", refcount_read(&g.ref), SATURATED);

	reset();
	rust_refcount_set(&g.ref, INT_MAX);
	rust_refcount_inc_loop(&g.ref, 1);
	CHECK_EQ("refcount_inc_from_int_max_saturates", refcount_read(&g.ref), SATURATED);

	rust_refcount_inc_loop(&g.ref, n);
	CHECK_EQ("refcount_saturated_stays", refcount_read(&g.ref), SATURATED);

	/* the same paths through the C static inline, for comparison */
	reset();
	refcount_set(&g.ref, INT_MAX);
	c_refcount_inc_loop(&g.ref, 1);
	CHECK_EQ("refcount_inc_c_from_int_max_saturates", refcount_read(&g.ref), SATURATED);

	reset();
	rust_refcount_set(&g.ref, 3);
	bool p1 = rust_refcount_put(&g.ref), p2 = rust_refcount_put(&g.ref);
	bool p3 = rust_refcount_put(&g.ref);
	CHECK_EQ("refcount_dec_and_test", (p1 << 2) | (p2 << 1) | p3, 1);
	CHECK_EQ("refcount_dec_to_zero", rust_refcount_read(&g.ref), 0);
	bool p4 = rust_refcount_put(&g.ref); /* use after free: saturate, not "last" */
	CHECK_EQ("refcount_dec_from_zero_saturates",
		 (uint64_t)rust_refcount_read(&g.ref) | ((uint64_t)p4 << 32), SATURATED);

	reset();
	refcount_set(&g.ref, 1);
	CHECK_EQ("refcount_get_put_loop", rust_refcount_get_put_loop(&g.ref, n), 0);
	CHECK_EQ("refcount_get_put_loop_count", refcount_read(&g.ref), 1);

	/* list: three adds (stack order), count, deletes with poisoning */
	reset();
	g.head.next = g.head.prev = NULL;
	rust_list_init(&g.head);
	CHECK_EQ("list_init", rust_list_is_empty(&g.head) && g.head.prev == &g.head, 1);
	for (int i = 0; i < 3; i++)
		rust_list_add(&g.node[i], &g.head);
	CHECK_EQ("list_add_count", rust_list_count(&g.head), 3);
	CHECK_EQ("list_add_order",
		 g.head.next == &g.node[2] && g.node[2].next == &g.node[1] &&
			 g.node[1].next == &g.node[0] && g.node[0].next == &g.head &&
			 g.head.prev == &g.node[0],
		 1);
	rust_list_del(&g.node[1]);
	CHECK_EQ("list_del_unlinks", g.node[2].next == &g.node[0] && g.node[0].prev == &g.node[2],
		 1);
	CHECK_EQ("list_del_poisons",
		 g.node[1].next == LIST_POISON1 && g.node[1].prev == LIST_POISON2, 1);
	rust_list_del(&g.node[0]);
	rust_list_del(&g.node[2]);
	CHECK_EQ("list_empty_again", rust_list_is_empty(&g.head) && rust_list_count(&g.head) == 0,
		 1);

	reset();
	rust_list_add_del_loop(&g.head, &g.node[0], n);
	CHECK_EQ("list_add_del_loop",
		 list_empty(&g.head) && g.head.prev == &g.head &&
			 g.node[0].next == LIST_POISON1 && g.node[0].prev == LIST_POISON2,
		 1);

	/* bits: single operations against masks computed here */
	reset();
	unsigned long want[BITMAP_LONGS] = { 0 };
	static const unsigned long nrs[] = { 0, 5, BITS_PER_LONG - 1, BITS_PER_LONG, NBITS - 1 };
	for (size_t i = 0; i < sizeof(nrs) / sizeof(nrs[0]); i++) {
		rust_set_bit(nrs[i], g.bitmap);
		want[BIT_WORD(nrs[i])] |= BIT_MASK(nrs[i]);
	}
	CHECK_EQ("set_bit", bitmap_is(want), 1);
	CHECK_EQ("test_bit", rust_test_bit(5, g.bitmap) && !rust_test_bit(6, g.bitmap) &&
				     rust_test_bit(NBITS - 1, g.bitmap),
		 1);
	rust_clear_bit(5, g.bitmap);
	want[0] &= ~BIT_MASK(5);
	CHECK_EQ("clear_bit", bitmap_is(want) && !rust_test_bit(5, g.bitmap), 1);

	reset();
	CHECK_EQ("bit_set_clear_loop", rust_bit_set_clear_loop(g.bitmap, NBITS - 1, n), n);
	memset(want, 0, sizeof(want));
	CHECK_EQ("bit_set_clear_loop_leaves_zero", bitmap_is(want), 1);

	reset();
	CHECK_EQ("test_and_set_bit_loop", rust_test_and_set_bit_loop(g.bitmap, NBITS - 1, n),
		 NBITS);
	memset(want, 0xff, sizeof(want));
	CHECK_EQ("test_and_set_bit_loop_all_set", bitmap_is(want), 1);

	reset();
	CHECK_EQ("test_and_set_bit_loop_first_word",
		 rust_test_and_set_bit_loop(g.bitmap, BITS_PER_LONG - 1, n), BITS_PER_LONG);
	memset(want, 0, sizeof(want));
	want[0] = ~0UL;
	CHECK_EQ("test_and_set_bit_loop_first_word_only", bitmap_is(want), 1);

	/* atomic_add_unless: stops at u; both the cmpxchg and the early-out path */
	reset();
	CHECK_EQ("atomic_add_unless_loop", rust_atomic_add_unless_loop(&g.v, 500, n), 500);
	CHECK_EQ("atomic_add_unless_loop_value", atomic_read(&g.v), 500);
	reset();
	CHECK_EQ("atomic_add_unless_loop_never_u", rust_atomic_add_unless_loop(&g.v, -1, n), n);
	CHECK_EQ("atomic_add_unless_loop_never_u_value", atomic_read(&g.v), n);
	reset();
	atomic_set(&g.v, 5);
	bool a1 = rust_atomic_add_unless(&g.v, 1, 5); /* v == u: no add */
	bool a2 = rust_atomic_add_unless(&g.v, 2, 4);
	CHECK_EQ("atomic_add_unless", !a1 && a2 && atomic_read(&g.v) == 7, 1);

	/* spinlock: alone, then the Rust loop against the C loop on another
	 * thread, sharing one lock and the counter it guards */
	reset();
	rust_spin_lock_unlock_loop(&g.lock, &g.counter, n);
	CHECK_EQ("spin_lock_unlock_loop", g.counter, n);
	CHECK_EQ("spin_unlocked_after_loop", g.lock.locked, 0);

	reset();
	uint64_t per_thread = 200000;
	pthread_t t;
	if (pthread_create(&t, NULL, c_spin_thread, &per_thread) != 0) {
		perror("pthread_create");
		exit(2);
	}
	rust_spin_lock_unlock_loop(&g.lock, &g.counter, per_thread);
	pthread_join(t, NULL);
	CHECK_EQ("spin_lock_two_threads_rust_vs_c", g.counter, 2 * per_thread);
}

/* ---- benchmarks ----------------------------------------------------------- */

/* Each run resets the data, times one loop and checks its result (a wrong
 * result makes a timing meaningless), returning ns per iteration. */

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void bench_expect(const char *shape, bool rust, bool ok)
{
	if (!ok) {
		printf("bench-check %s %s FAILED\n", shape, rust ? "rust" : "c");
		exit(1);
	}
}

static uint64_t bench_refcount_inc(bool rust, uint64_t n)
{
	reset();
	refcount_set(&g.ref, 1);
	uint64_t t0 = now_ns();
	if (rust)
		rust_refcount_inc_loop(&g.ref, n);
	else
		c_refcount_inc_loop(&g.ref, n);
	uint64_t ns = now_ns() - t0;
	/* past INT_MAX the count saturates */
	bench_expect("refcount_inc", rust,
		     refcount_read(&g.ref) == (n < INT_MAX ? (unsigned int)(1 + n) : SATURATED));
	return ns;
}

static uint64_t bench_refcount_get_put(bool rust, uint64_t n)
{
	uint64_t zeros;

	reset();
	refcount_set(&g.ref, 1);
	uint64_t t0 = now_ns();
	zeros = rust ? rust_refcount_get_put_loop(&g.ref, n)
		     : c_refcount_get_put_loop(&g.ref, n);
	uint64_t ns = now_ns() - t0;
	bench_expect("refcount_get_put", rust, zeros == 0 && refcount_read(&g.ref) == 1);
	return ns;
}

static uint64_t bench_list_add_del(bool rust, uint64_t n)
{
	reset();
	uint64_t t0 = now_ns();
	if (rust)
		rust_list_add_del_loop(&g.head, &g.node[0], n);
	else
		c_list_add_del_loop(&g.head, &g.node[0], n);
	uint64_t ns = now_ns() - t0;
	bench_expect("list_add_del", rust, list_empty(&g.head) && g.node[0].next == LIST_POISON1);
	return ns;
}

static uint64_t bench_bit_set_clear(bool rust, uint64_t n)
{
	uint64_t hits;

	reset();
	uint64_t t0 = now_ns();
	hits = rust ? rust_bit_set_clear_loop(g.bitmap, NBITS - 1, n)
		    : c_bit_set_clear_loop(g.bitmap, NBITS - 1, n);
	uint64_t ns = now_ns() - t0;
	bench_expect("bit_set_clear", rust, hits == n);
	return ns;
}

static uint64_t bench_test_and_set_bit(bool rust, uint64_t n)
{
	uint64_t newly;

	reset();
	uint64_t t0 = now_ns();
	newly = rust ? rust_test_and_set_bit_loop(g.bitmap, NBITS - 1, n)
		     : c_test_and_set_bit_loop(g.bitmap, NBITS - 1, n);
	uint64_t ns = now_ns() - t0;
	bench_expect("test_and_set_bit", rust, newly == (n < NBITS ? n : NBITS));
	return ns;
}

static uint64_t bench_atomic_add_unless(bool rust, uint64_t n)
{
	uint64_t added;

	/* u = INT_MIN: reached only after 2^31 adds, so nearly every call does
	 * a successful cmpxchg */
	reset();
	uint64_t t0 = now_ns();
	added = rust ? rust_atomic_add_unless_loop(&g.v, INT_MIN, n)
		     : c_atomic_add_unless_loop(&g.v, INT_MIN, n);
	uint64_t ns = now_ns() - t0;
	bench_expect("atomic_add_unless", rust, added == (n < (1ULL << 31) ? n : (1ULL << 31)));
	return ns;
}

static uint64_t bench_spin_lock_unlock(bool rust, uint64_t n)
{
	reset();
	uint64_t t0 = now_ns();
	if (rust)
		rust_spin_lock_unlock_loop(&g.lock, &g.counter, n);
	else
		c_spin_lock_unlock_loop(&g.lock, &g.counter, n);
	uint64_t ns = now_ns() - t0;
	bench_expect("spin_lock_unlock", rust, g.counter == n && g.lock.locked == 0);
	return ns;
}

/*
 * Default iterations: at least ~0.1 s per timed loop, and all shapes, both
 * variants, 7 rounds in about 12 s on 2 KVM cores where a locked instruction
 * costs ~7 ns. Raise SCALE on faster machines: 6.67 gives 2e8 refcount_inc.
 */
static const struct shape {
	const char *name;
	double n;
	uint64_t (*run)(bool rust, uint64_t n);
} shapes[] = {
	{ "refcount_inc", 3e7, bench_refcount_inc },
	{ "refcount_get_put", 8e6, bench_refcount_get_put },
	{ "list_add_del", 2e7, bench_list_add_del },
	{ "bit_set_clear", 5e6, bench_bit_set_clear },
	{ "test_and_set_bit", 8e6, bench_test_and_set_bit },
	{ "atomic_add_unless", 8e6, bench_atomic_add_unless },
	{ "spin_lock_unlock", 8e6, bench_spin_lock_unlock },
};
#define NSHAPES (sizeof(shapes) / sizeof(shapes[0]))

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void run_benches(double scale, int rounds)
{
	/* ns per iteration, indexed [shape][variant][round] */
	double *ns = calloc(NSHAPES * 2 * (size_t)rounds, sizeof(*ns));
#define NS(s, v, r) ns[((s) * 2 + (v)) * (size_t)rounds + (r)]

	if (!ns) {
		perror("calloc");
		exit(2);
	}
	printf("# scale %g rounds %d\n", scale, rounds);
	for (size_t s = 0; s < NSHAPES; s++)
		printf("# shape %s iterations %.0f\n", shapes[s].name, shapes[s].n * scale);
	fflush(stdout);

	/* Interleave: every round runs every shape in both variants, swapping
	 * which goes first, so drift (frequency, neighbours) hits both alike. */
	for (int r = 0; r < rounds; r++) {
		for (size_t s = 0; s < NSHAPES; s++) {
			uint64_t n = (uint64_t)(shapes[s].n * scale);

			if (n == 0)
				n = 1;
			for (int k = 0; k < 2; k++) {
				bool rust = (k + r) % 2;

				NS(s, rust, r) = (double)shapes[s].run(rust, n) / (double)n;
			}
		}
	}

	for (size_t s = 0; s < NSHAPES; s++) {
		for (int v = 0; v < 2; v++) {
			double *x = &NS(s, v, 0);

			qsort(x, rounds, sizeof(*x), cmp_double);
			double median = rounds % 2 ? x[rounds / 2]
						   : (x[rounds / 2 - 1] + x[rounds / 2]) / 2;
			printf("bench %s %s %.3f %.3f %.3f\n", shapes[s].name, v ? "rust" : "c",
			       median, x[0], x[rounds - 1]);
		}
	}
	free(ns);
}

int main(int argc, char **argv)
{
	double scale = argc > 1 ? strtod(argv[1], NULL) : 1.0;
	int rounds = argc > 2 ? atoi(argv[2]) : 7;

	if (scale <= 0 || rounds < 0) {
		fprintf(stderr, "usage: %s [SCALE>0 [ROUNDS>=0]]\n", argv[0]);
		return 2;
	}
	run_checks();
	if (failures) {
		printf("# %d check(s) failed\n", failures);
		return 1;
	}
	fflush(stdout);
	if (rounds > 0)
		run_benches(scale, rounds);
	return 0;
}
