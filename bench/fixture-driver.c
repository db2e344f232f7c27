// SPDX-License-Identifier: Apache-2.0
/*
 * The bench fixture's Rust functions at run time (bench/gen-fixture): one per shape, fx0_use ..
 * fx15_use, plus fx216_use (div_clamp by 2: a loop that -O2 vectorizes once the helper is inlined)
 * when built with -DWITH_FX216 (a fixture of 217 helpers or more). Each is checked, then timed,
 * against its C twin below, which calls the same static inline of fixture.h.
 *
 * Several builds of the crate are linked into one program, so that they are timed in the same
 * process: each object's symbols get a prefix (llvm-objcopy --prefix-symbols=kernel_) and
 * -DVARIANTS='X(kernel_) X(focused_)' lists the prefixes; -DVARIANTS='X()' takes one object as it
 * is. Build: cc -O2 -I FIXTURE/src/main/include -DVARIANTS=... fixture-driver.c OBJECTS...
 *
 *   fixture-driver [SCALE [ROUNDS]]
 * prints "check SHAPE BUILD ok" (or FAILED: a result or the memory it leaves differs from the C
 * twin's), then, unless ROUNDS is 0, "fbench SHAPE BUILD MEDIAN MIN MAX": ns per element (per
 * call for the two shapes without a loop, which the driver calls ELEMS times), over ROUNDS rounds;
 * BUILD "c" is the C twin, "cptr" (div_clamp shapes only) the C twin written as a pointer loop, as
 * the Rust code iterates. Exits 1 when a check failed.
 */
#define _POSIX_C_SOURCE 199309L
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fixture.h"
#include "lib/driver.h"

#ifndef VARIANTS
#error "define VARIANTS, e.g. -DVARIANTS='X()' for one object with its own symbol names"
#endif

#define ELEMS 1024

/* The helpers' cold path: internal to each inlined crate object, so the C twins need their own. */
void fx_refcount_warn(refcount_t *r, int why)
{
	(void)why;
	__atomic_store_n(&r->refs.counter, -(1 << 30), __ATOMIC_RELAXED);
}

/* ---- the C twins: the Rust functions of bench/lib/fixture.awk, written in C ---------------- */

#define TWIN_ATOMIC_ADD_RETURN(K) \
__attribute__((noinline)) int32_t c_fx##K##_use(atomic_t *v, const int32_t *vals, size_t n) \
{ \
	int32_t max = INT32_MIN; \
	for (size_t i = 0; i < n; i++) { \
		int32_t now = fx##K##_atomic_add_return(vals[i], v); \
		if (now > max) \
			max = now; \
	} \
	return max; \
}
#define TWIN_XCHG_ACQUIRE(K) \
__attribute__((noinline)) uint32_t c_fx##K##_use(atomic_t *v, uint32_t n) \
{ \
	uint32_t changed = 0; \
	int32_t last = 0; \
	for (uint32_t i = 0; i < n; i++) { \
		int32_t old = fx##K##_xchg_acquire(v, (int32_t)i); \
		if (old != last) \
			changed++; \
		last = old; \
	} \
	return changed; \
}
#define TWIN_LIST_ADD_TAIL(K) \
__attribute__((noinline)) size_t c_fx##K##_use(struct list_head *head, struct list_head *nodes, size_t n) \
{ \
	size_t added = 0; \
	for (size_t i = 0; i < n; i++) \
		if (&nodes[i] != head) { \
			fx##K##_list_add_tail(&nodes[i], head); \
			added++; \
		} \
	return added; \
}
#define TWIN_LIST_DEL_INIT(K) \
__attribute__((noinline)) size_t c_fx##K##_use(struct list_head *head, size_t max) \
{ \
	size_t popped = 0; \
	while (popped < max) { \
		struct list_head *first = head->next; \
		if (first == head) \
			break; \
		fx##K##_list_del_init(first); \
		popped++; \
	} \
	return popped; \
}
#define TWIN_TEST_AND_CLEAR_BIT(K) \
__attribute__((noinline)) uint32_t c_fx##K##_use(unsigned long *map, unsigned long nbits) \
{ \
	uint32_t acc = 0; \
	for (unsigned long nr = 0; nr < nbits; nr++) \
		if (fx##K##_test_and_clear_bit(nr, map)) \
			acc++; \
	return acc; \
}
#define TWIN_FLS(K) \
__attribute__((noinline)) unsigned int c_fx##K##_use(const unsigned long *words, size_t n) \
{ \
	unsigned int max = 0; \
	for (size_t i = 0; i < n; i++) { \
		unsigned int f = fx##K##_fls(words[i]); \
		if (f > max) \
			max = f; \
	} \
	return max; \
}
#define TWIN_ADD_UNLESS(K) \
__attribute__((noinline)) uint32_t c_fx##K##_use(atomic_t *v, int32_t limit, uint32_t tries) \
{ \
	uint32_t done = 0; \
	for (uint32_t i = 0; i < tries; i++) { \
		if (!fx##K##_add_unless(v, 1, limit)) \
			break; \
		done++; \
	} \
	return done; \
}
#define TWIN_INC_BELOW(K) \
__attribute__((noinline)) int32_t c_fx##K##_use(atomic_t *v, int32_t max, uint32_t want) \
{ \
	int32_t last = -1; \
	for (uint32_t i = 0; i < want; i++) { \
		if (!fx##K##_inc_below(v, max)) \
			break; \
		last = READ_ONCE(v->counter); \
	} \
	return last; \
}
#define TWIN_DIV_CLAMP(K) \
__attribute__((noinline)) uint64_t c_fx##K##_use(uint32_t *vals, size_t n, uint32_t lo, uint32_t hi) \
{ \
	uint64_t sum = 0; \
	for (size_t i = 0; i < n; i++) { \
		vals[i] = fx##K##_div_clamp(vals[i], lo, hi); \
		sum += vals[i]; \
	} \
	return sum; \
}
#define TWIN_OBJ_READ(K) \
__attribute__((noinline)) uint64_t c_fx##K##_use(const struct fx_obj *objs, size_t n) \
{ \
	uint64_t acc = 0; \
	for (size_t i = 0; i < n; i++) \
		if (objs[i].state >= 0) \
			acc += fx##K##_obj_read(&objs[i]); \
	return acc; \
}
#define TWIN_OBJ_TOUCH(K) \
__attribute__((noinline)) size_t c_fx##K##_use(struct fx_obj *objs, size_t n, uint64_t now) \
{ \
	size_t touched = 0; \
	for (size_t i = 0; i < n; i++) \
		if (objs[i].stamp < now) { \
			fx##K##_obj_touch(&objs[i], now); \
			touched++; \
		} \
	return touched; \
}
#define TWIN_SPIN_LOCK(K) \
__attribute__((noinline)) uint32_t c_fx##K##_use(struct fx_obj *o, uint32_t add) \
{ \
	fx##K##_spin_lock(&o->lock); \
	uint32_t c = o->count + add; \
	o->count = c; \
	__atomic_store_n(&o->lock.locked, 0, __ATOMIC_RELEASE); \
	return c; \
}
#define TWIN_SPIN_UNLOCK(K) \
__attribute__((noinline)) bool c_fx##K##_use(struct fx_obj *o, uint64_t stamp) \
{ \
	int expected = 0; \
	if (!__atomic_compare_exchange_n(&o->lock.locked, &expected, 1, false, __ATOMIC_ACQUIRE, \
					 __ATOMIC_RELAXED)) \
		return false; \
	o->stamp = stamp; \
	fx##K##_spin_unlock(&o->lock); \
	return true; \
}
#define TWIN_REFCOUNT_ADD(K) \
__attribute__((noinline)) void c_fx##K##_use(refcount_t *r, const int32_t *counts, size_t n) \
{ \
	for (size_t i = 0; i < n; i++) \
		if (counts[i] > 0) \
			fx##K##_refcount_add(counts[i], r); \
}
#define TWIN_REFCOUNT_DEC_AND_TEST(K) \
__attribute__((noinline)) bool c_fx##K##_use(refcount_t *r, uint32_t n) \
{ \
	for (uint32_t i = 0; i < n; i++) \
		if (fx##K##_refcount_dec_and_test(r)) \
			return true; \
	return false; \
}
#define TWIN_HASH_32(K) \
__attribute__((noinline)) uint32_t c_fx##K##_use(const uint32_t *keys, size_t n) \
{ \
	uint32_t buckets[16] = { 0 }; \
	uint32_t max = 0; \
	for (size_t i = 0; i < n; i++) { \
		uint32_t h = fx##K##_hash_32(keys[i], 4); \
		buckets[h & 15]++; \
	} \
	for (int b = 0; b < 16; b++) \
		if (buckets[b] > max) \
			max = buckets[b]; \
	return max; \
}

/*
 * div_clamp once more, looping as the Rust code does: a pointer walks to the end of the slice,
 * where the twin above counts an index. Only the form of the loop differs, and it decides whether
 * -O2 vectorizes it, in C as in Rust (with every finish, and out of line too): this twin tells the
 * loop's cost from the helper's.
 */
#define TWIN_DIV_CLAMP_PTR(K) \
__attribute__((noinline)) uint64_t cptr_fx##K##_use(uint32_t *vals, size_t n, uint32_t lo, uint32_t hi) \
{ \
	uint64_t sum = 0; \
	for (uint32_t *p = vals, *end = vals + n; p != end; p++) { \
		*p = fx##K##_div_clamp(*p, lo, hi); \
		sum += *p; \
	} \
	return sum; \
}

/* external and never inlined: each twin is one function, compared instruction by instruction */
TWIN_ATOMIC_ADD_RETURN(0)
TWIN_XCHG_ACQUIRE(1)
TWIN_LIST_ADD_TAIL(2)
TWIN_LIST_DEL_INIT(3)
TWIN_TEST_AND_CLEAR_BIT(4)
TWIN_FLS(5)
TWIN_ADD_UNLESS(6)
TWIN_INC_BELOW(7)
TWIN_DIV_CLAMP(8)
TWIN_OBJ_READ(9)
TWIN_OBJ_TOUCH(10)
TWIN_SPIN_LOCK(11)
TWIN_SPIN_UNLOCK(12)
TWIN_REFCOUNT_ADD(13)
TWIN_REFCOUNT_DEC_AND_TEST(14)
TWIN_HASH_32(15)
TWIN_DIV_CLAMP_PTR(8)
#ifdef WITH_FX216
TWIN_DIV_CLAMP(216)
TWIN_DIV_CLAMP_PTR(216)
#endif

/* ---- the Rust functions of every build ------------------------------------------------------ */

#define DECLARE(P) \
	int32_t P##fx0_use(atomic_t *, const int32_t *, size_t); \
	uint32_t P##fx1_use(atomic_t *, uint32_t); \
	size_t P##fx2_use(struct list_head *, struct list_head *, size_t); \
	size_t P##fx3_use(struct list_head *, size_t); \
	uint32_t P##fx4_use(unsigned long *, unsigned long); \
	unsigned int P##fx5_use(const unsigned long *, size_t); \
	uint32_t P##fx6_use(atomic_t *, int32_t, uint32_t); \
	int32_t P##fx7_use(atomic_t *, int32_t, uint32_t); \
	uint64_t P##fx8_use(uint32_t *, size_t, uint32_t, uint32_t); \
	uint64_t P##fx9_use(const struct fx_obj *, size_t); \
	size_t P##fx10_use(struct fx_obj *, size_t, uint64_t); \
	uint32_t P##fx11_use(struct fx_obj *, uint32_t); \
	bool P##fx12_use(struct fx_obj *, uint64_t); \
	void P##fx13_use(refcount_t *, const int32_t *, size_t); \
	bool P##fx14_use(refcount_t *, uint32_t); \
	uint32_t P##fx15_use(const uint32_t *, size_t); \
	DECLARE_216(P)
#ifdef WITH_FX216
#define DECLARE_216(P) uint64_t P##fx216_use(uint32_t *, size_t, uint32_t, uint32_t);
#else
#define DECLARE_216(P)
#endif
#define X(P) DECLARE(P)
VARIANTS
#undef X

/* ---- the state every shape works on, and how a call is made --------------------------------- */

static struct {
	atomic_t v;
	refcount_t r;
	struct list_head head, nodes[ELEMS];
	unsigned long map[ELEMS / 64 + 2];
	unsigned long words[ELEMS];
	int32_t vals[ELEMS];
	uint32_t uvals[ELEMS];
	struct fx_obj objs[ELEMS];
	uint32_t keys[ELEMS];
	int32_t counts[ELEMS];
} g;

/* The calls of one build: the functions are named PREFIX##fxK_use. */
#define CALLS(P, T) \
	static uint64_t T##_0(void) { return (uint32_t)P##fx0_use(&g.v, g.vals, ELEMS); } \
	static uint64_t T##_1(void) { return P##fx1_use(&g.v, ELEMS); } \
	static uint64_t T##_2(void) { return P##fx2_use(&g.head, g.nodes, ELEMS); } \
	static uint64_t T##_3(void) { return P##fx3_use(&g.head, ELEMS - 24); } \
	static uint64_t T##_4(void) { return P##fx4_use(g.map, ELEMS); } \
	static uint64_t T##_5(void) { return P##fx5_use(g.words, ELEMS); } \
	static uint64_t T##_6(void) { return P##fx6_use(&g.v, INT32_MIN, ELEMS); } \
	static uint64_t T##_7(void) { return (uint32_t)P##fx7_use(&g.v, INT32_MAX, ELEMS); } \
	static uint64_t T##_8(void) { return P##fx8_use(g.uvals, ELEMS, 3, 200); } \
	static uint64_t T##_9(void) { return P##fx9_use(g.objs, ELEMS); } \
	static uint64_t T##_10(void) { return P##fx10_use(g.objs, ELEMS, 4); } \
	static uint64_t T##_11(void) \
	{ \
		uint64_t s = 0; \
		for (uint32_t i = 0; i < ELEMS; i++) \
			s += P##fx11_use(&g.objs[0], i); \
		return s; \
	} \
	static uint64_t T##_12(void) \
	{ \
		uint64_t s = 0; \
		for (uint32_t i = 0; i < ELEMS; i++) \
			s += P##fx12_use(&g.objs[1], i); \
		return s; \
	} \
	static uint64_t T##_13(void) { P##fx13_use(&g.r, g.counts, ELEMS); return 0; } \
	static uint64_t T##_14(void) { return P##fx14_use(&g.r, ELEMS); } \
	static uint64_t T##_15(void) { return P##fx15_use(g.keys, ELEMS); } \
	CALLS_216(P, T) \
	static const call_fn T##_calls[] = { T##_0, T##_1, T##_2, T##_3, T##_4, T##_5, T##_6, T##_7, T##_8, \
					     T##_9, T##_10, T##_11, T##_12, T##_13, T##_14, T##_15, CALL_216(T) };
#ifdef WITH_FX216
#define CALLS_216(P, T) static uint64_t T##_216(void) { return P##fx216_use(g.uvals, ELEMS, 3, 200); }
#define CALL_216(T) T##_216
#else
#define CALLS_216(P, T)
#define CALL_216(T) 0
#endif

CALLS(c_, twin)
#define X(P) CALLS(P, build_##P)
VARIANTS
#undef X

static const char *const names[] = { "atomic_add_return", "xchg_acquire", "list_add_tail", "list_del_init",
				     "test_and_clear_bit", "fls", "add_unless", "inc_below", "div_clamp",
				     "obj_read", "obj_touch", "spin_lock", "spin_unlock", "refcount_add",
				     "refcount_dec_and_test", "hash_32", "div_clamp_by_2" };
#ifdef WITH_FX216
#define NSHAPES 17
#else
#define NSHAPES 16
#endif

/* the pointer-loop twins, "cptr": of the div_clamp shapes only (NULL elsewhere) */
static uint64_t cptr_8(void) { return cptr_fx8_use(g.uvals, ELEMS, 3, 200); }
#ifdef WITH_FX216
static uint64_t cptr_216(void) { return cptr_fx216_use(g.uvals, ELEMS, 3, 200); }
#endif
static const call_fn ptr_twin_calls[NSHAPES] = { [8] = cptr_8,
#ifdef WITH_FX216
					  [16] = cptr_216,
#endif
};

#include "lib/driver-builds.h"

/* What is timed as variant V of shape S: the builds, the C twin, then the pointer-loop twin (NULL where none). */
static call_fn variant_call(size_t v, int s)
{
	return v < NBUILDS ? builds[v][s] : v == NBUILDS ? twin_calls[s] : ptr_twin_calls[s];
}

/* The state a shape starts from: the same before every call, so every call does the same work. */
static void setup(int s)
{
	switch (s) {
	case 0: case 1: case 6: case 7:
		g.v.counter = 0;
		for (int i = 0; i < ELEMS; i++)
			g.vals[i] = i % 5 - 2;
		break;
	case 2:
		g.head.next = g.head.prev = &g.head;
		memset(g.nodes, 0, sizeof(g.nodes));
		break;
	case 3:
		g.head.next = &g.nodes[0];
		g.head.prev = &g.nodes[ELEMS - 1];
		for (int i = 0; i < ELEMS; i++) {
			g.nodes[i].next = i + 1 < ELEMS ? &g.nodes[i + 1] : &g.head;
			g.nodes[i].prev = i > 0 ? &g.nodes[i - 1] : &g.head;
		}
		break;
	case 4:
		memset(g.map, 0xff, sizeof(g.map));
		break;
	case 5:
		for (int i = 0; i < ELEMS; i++)
			g.words[i] = (unsigned long)(i + 1) * 0x9E3779B97F4A7C15ull >> (i % 61);
		break;
	case 8: case 16:
		for (int i = 0; i < ELEMS; i++)
			g.uvals[i] = (uint32_t)(i * 13 % 1000);
		break;
	case 9: case 10: case 11: case 12:
		memset(g.objs, 0, sizeof(g.objs));
		for (int i = 0; i < ELEMS; i++) {
			g.objs[i].state = i % 3 - 1;
			g.objs[i].stamp = (unsigned long long)(i % 7);
			for (int j = 0; j < 8; j++)
				g.objs[i].f[j] = (unsigned long long)(i * 8 + j);
		}
		break;
	case 13:
		g.r.refs.counter = 1;
		for (int i = 0; i < ELEMS; i++)
			g.counts[i] = i % 3;
		break;
	case 14:
		g.r.refs.counter = ELEMS + 1;
		break;
	case 15:
		for (int i = 0; i < ELEMS; i++)
			g.keys[i] = (uint32_t)i * 2654435761u;
		break;
	}
}

/* What a call leaves in memory, folded to 64 bits (FNV-1a over the state the shape touches). */
static uint64_t fold(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

static uint64_t state(int s)
{
	uint64_t h = 0xcbf29ce484222325ull;

	switch (s) {
	case 0: case 1: case 6: case 7:
		return fold(h, &g.v, sizeof(g.v));
	case 2: case 3: {
		/* the list as node indices, in order, and every node's own links as indices */
		for (struct list_head *p = g.head.next; p != &g.head; p = p->next) {
			long i = p - g.nodes;

			h = fold(h, &i, sizeof(i));
		}
		for (int i = 0; i < ELEMS; i++) {
			long n = g.nodes[i].next == &g.head ? -1 : g.nodes[i].next - g.nodes;

			h = fold(h, &n, sizeof(n));
		}
		return h;
	}
	case 4:
		return fold(h, g.map, sizeof(g.map));
	case 8: case 16:
		return fold(h, g.uvals, sizeof(g.uvals));
	case 10: case 11: case 12:
		return fold(h, g.objs, sizeof(g.objs));
	case 13: case 14:
		return fold(h, &g.r, sizeof(g.r));
	}
	return h;
}

/* Whether F, called from the shape's start state, returns WANT and leaves the state the twin left. */
static bool same_as_twin(int s, call_fn f, uint64_t want, uint64_t want_state)
{
	setup(s);
	uint64_t got = f(), got_state = state(s);

	return got == want && got_state == want_state;
}

int main(int argc, char **argv)
{
	double scale;
	int rounds;
	int failed = 0;
	char buf[64];

	if (!driver_args(argc, argv, &scale, &rounds))
		return 2;
	for (int s = 0; s < NSHAPES; s++) {
		int k = s < 16 ? s : 216;

		setup(s);
		uint64_t want = twin_calls[s](), want_state = state(s);
		for (size_t b = 0; b < NBUILDS; b++) {
			bool ok = same_as_twin(s, builds[b][s], want, want_state);

			printf("check fx%d_use %s %s %s\n", k, names[s], prefix_name(build_names[b], buf, sizeof(buf)), ok ? "ok" : "FAILED");
			failed |= !ok;
		}
		if (ptr_twin_calls[s]) {
			bool ok = same_as_twin(s, ptr_twin_calls[s], want, want_state);

			printf("check fx%d_use %s cptr %s\n", k, names[s], ok ? "ok" : "FAILED");
			failed |= !ok;
		}
	}
	if (failed || rounds == 0) {
		fflush(stdout);
		return failed;
	}

	/* calls per measurement: ~0.5-5 ms of work on 2 KVM cores */
	int calls = (int)(64 * scale);
	if (calls < 1)
		calls = 1;
	size_t nv = NBUILDS + 2; /* the builds, the C twin, then the pointer-loop twin (where there is one) */
	double *ns = calloc((size_t)NSHAPES * nv * (size_t)rounds, sizeof(*ns));
#define NS(s, v, r) ns[((size_t)(s) * nv + (v)) * (size_t)rounds + (r)]
	if (!ns) {
		perror("calloc");
		return 2;
	}
	/* every round times every shape in every build, starting with a different build each round */
	for (int r = 0; r < rounds; r++)
		for (int s = 0; s < NSHAPES; s++)
			for (size_t i = 0; i < nv; i++) {
				size_t v = (i + (size_t)r) % nv;
				call_fn f = variant_call(v, s);
				uint64_t total = 0;

				if (!f)
					continue;

				for (int c = 0; c < calls; c++) {
					setup(s);
					uint64_t t0 = now_ns();
					f();
					total += now_ns() - t0;
				}
				NS(s, v, r) = (double)total / ((double)calls * ELEMS);
			}
	for (int s = 0; s < NSHAPES; s++)
		for (size_t v = 0; v < nv; v++) {
			double *x = &NS(s, v, 0);

			if (!variant_call(v, s))
				continue;
			char fn[32];

			snprintf(fn, sizeof(fn), "fx%d_use", s < 16 ? s : 216);
			print_fbench(fn, v < NBUILDS ? prefix_name(build_names[v], buf, sizeof(buf)) : v == NBUILDS ? "c" : "cptr",
				     x, rounds);
		}
	free(ns);
	return 0;
}
