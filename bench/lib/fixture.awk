# Generates the build-cost fixture for bench/gen-fixture (awk -v n=N -v dir=DIR -f fixture.awk).
# Helper k has shape k % 16; @K@ in a template is k, @C@ a per-helper constant (1..61), so every
# helper wraps its own static inline, as in the kernel, and no two are textually identical.

function emit(file, text, k,    t) {
	t = text
	gsub(/@K@/, k, t)
	gsub(/@C@/, (k * 37) % 61 + 1, t)
	print t > file
}

BEGIN {
	NSHAPES = 16
	hdr = dir "/src/main/include/fixture.h"
	rs = dir "/src/main/rust/lib.rs"

	# ---- per shape: C static inline (I), helper (H), Rust extern (X), Rust caller (R) ----
	name[0] = "atomic_add_return"
	I[0] = "static inline int fx@K@_atomic_add_return(int i, atomic_t *v)\n{\n\treturn __atomic_add_fetch(&v->counter, i + @C@, __ATOMIC_SEQ_CST);\n}\n"
	H[0] = "__rust_helper int rust_helper_fx@K@_atomic_add_return(int i, atomic_t *v)\n{\n\treturn fx@K@_atomic_add_return(i, v);\n}\n"
	X[0] = "    fn rust_helper_fx@K@_atomic_add_return(i: c_int, v: *mut AtomicT) -> c_int;"
	R[0] = "/// Adds each of `vals` to `v`; returns the largest value seen.\n///\n/// # Safety\n/// `v` is a valid `atomic_t`, `vals` holds `n` values.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(v: *mut AtomicT, vals: *const i32, n: usize) -> i32 {\n    let vals = core::slice::from_raw_parts(vals, n);\n    let mut max = i32::MIN;\n    for &x in vals {\n        let now = rust_helper_fx@K@_atomic_add_return(x, v);\n        if now > max {\n            max = now;\n        }\n    }\n    max\n}\n"

	name[1] = "xchg_acquire"
	I[1] = "static inline int fx@K@_xchg_acquire(atomic_t *v, int new_val)\n{\n\treturn __atomic_exchange_n(&v->counter, new_val ^ @C@, __ATOMIC_ACQUIRE);\n}\n"
	H[1] = "__rust_helper int rust_helper_fx@K@_xchg_acquire(atomic_t *v, int new_val)\n{\n\treturn fx@K@_xchg_acquire(v, new_val);\n}\n"
	X[1] = "    fn rust_helper_fx@K@_xchg_acquire(v: *mut AtomicT, new_val: c_int) -> c_int;"
	R[1] = "/// Swaps `n` values through `v`; returns how many swaps saw a changed value.\n///\n/// # Safety\n/// `v` is a valid `atomic_t`.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(v: *mut AtomicT, n: u32) -> u32 {\n    let mut changed = 0u32;\n    let mut last = 0i32;\n    let mut i = 0u32;\n    while i < n {\n        let old = rust_helper_fx@K@_xchg_acquire(v, i as i32);\n        if old != last {\n            changed = changed.wrapping_add(1);\n        }\n        last = old;\n        i = i.wrapping_add(1);\n    }\n    changed\n}\n"

	name[2] = "list_add_tail"
	I[2] = "static inline void fx@K@_list_add_tail(struct list_head *new_entry, struct list_head *head)\n{\n\tstruct list_head *prev = head->prev;\n\n\thead->prev = new_entry;\n\tnew_entry->next = head;\n\tnew_entry->prev = prev;\n\tWRITE_ONCE(prev->next, new_entry);\n}\n"
	H[2] = "__rust_helper void rust_helper_fx@K@_list_add_tail(struct list_head *new_entry, struct list_head *head)\n{\n\tfx@K@_list_add_tail(new_entry, head);\n}\n"
	X[2] = "    fn rust_helper_fx@K@_list_add_tail(new_entry: *mut ListHead, head: *mut ListHead);"
	R[2] = "/// Appends every node of `nodes` (except `head` itself) to the list; returns how many.\n///\n/// # Safety\n/// `head` is an initialised list, `nodes` holds `n` nodes that are on no list.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(head: *mut ListHead, nodes: *mut ListHead, n: usize) -> usize {\n    let nodes = core::slice::from_raw_parts_mut(nodes, n);\n    let mut added = 0usize;\n    for node in nodes.iter_mut() {\n        if !core::ptr::eq(node, head) {\n            rust_helper_fx@K@_list_add_tail(node, head);\n            added = added.wrapping_add(1);\n        }\n    }\n    added\n}\n"

	name[3] = "list_del_init"
	I[3] = "static inline void fx@K@_list_del_init(struct list_head *entry)\n{\n\tstruct list_head *prev = entry->prev, *next = entry->next;\n\n\tnext->prev = prev;\n\tWRITE_ONCE(prev->next, next);\n\tWRITE_ONCE(entry->next, entry);\n\tentry->prev = entry;\n}\n"
	H[3] = "__rust_helper void rust_helper_fx@K@_list_del_init(struct list_head *entry)\n{\n\tfx@K@_list_del_init(entry);\n}\n"
	X[3] = "    fn rust_helper_fx@K@_list_del_init(entry: *mut ListHead);"
	R[3] = "/// Takes up to `max` entries off the front of the list; returns how many.\n///\n/// # Safety\n/// `head` is an initialised, well-formed list.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(head: *mut ListHead, max: usize) -> usize {\n    let mut popped = 0usize;\n    while popped < max {\n        let first = (*head).next;\n        if core::ptr::eq(first, head) {\n            break;\n        }\n        rust_helper_fx@K@_list_del_init(first);\n        popped = popped.wrapping_add(1);\n    }\n    popped\n}\n"

	name[4] = "test_and_clear_bit"
	I[4] = "static inline bool fx@K@_test_and_clear_bit(unsigned long nr, volatile unsigned long *addr)\n{\n\tunsigned long mask;\n\n\tnr += @C@;\n\tmask = 1UL << (nr % BITS_PER_LONG);\n\treturn (__atomic_fetch_and(&addr[nr / BITS_PER_LONG], ~mask, __ATOMIC_SEQ_CST) & mask) != 0;\n}\n"
	H[4] = "__rust_helper bool rust_helper_fx@K@_test_and_clear_bit(unsigned long nr, volatile unsigned long *addr)\n{\n\treturn fx@K@_test_and_clear_bit(nr, addr);\n}\n"
	X[4] = "    fn rust_helper_fx@K@_test_and_clear_bit(nr: c_ulong, addr: *mut c_ulong) -> bool;"
	R[4] = "/// Clears bits `0..nbits` (shifted by the helper); returns how many were set.\n///\n/// # Safety\n/// `map` holds at least `nbits + 64` bits.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(map: *mut c_ulong, nbits: c_ulong) -> u32 {\n    (0..nbits)\n        .filter(|&nr| rust_helper_fx@K@_test_and_clear_bit(nr, map))\n        .fold(0u32, |acc, _| acc.wrapping_add(1))\n}\n"

	name[5] = "fls"
	I[5] = "static inline unsigned int fx@K@_fls(unsigned long word)\n{\n\tword ^= @C@UL;\n\treturn word ? BITS_PER_LONG - (unsigned int)__builtin_clzl(word) : 0;\n}\n"
	H[5] = "__rust_helper unsigned int rust_helper_fx@K@_fls(unsigned long word)\n{\n\treturn fx@K@_fls(word);\n}\n"
	X[5] = "    fn rust_helper_fx@K@_fls(word: c_ulong) -> c_uint;"
	R[5] = "/// The highest `fls` over `words`.\n///\n/// # Safety\n/// `words` holds `n` words.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(words: *const c_ulong, n: usize) -> c_uint {\n    core::slice::from_raw_parts(words, n)\n        .iter()\n        .map(|&w| rust_helper_fx@K@_fls(w))\n        .max()\n        .unwrap_or(0)\n}\n"

	name[6] = "add_unless"
	I[6] = "static inline bool fx@K@_add_unless(atomic_t *v, int a, int u)\n{\n\tint c = __atomic_load_n(&v->counter, __ATOMIC_RELAXED);\n\n\tdo {\n\t\tif (unlikely(c == u))\n\t\t\treturn false;\n\t} while (!__atomic_compare_exchange_n(&v->counter, &c,\n\t\t\t\t\t     (int)((unsigned int)c + (unsigned int)a + @C@u), false,\n\t\t\t\t\t     __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));\n\treturn true;\n}\n"
	H[6] = "__rust_helper bool rust_helper_fx@K@_add_unless(atomic_t *v, int a, int u)\n{\n\treturn fx@K@_add_unless(v, a, u);\n}\n"
	X[6] = "    fn rust_helper_fx@K@_add_unless(v: *mut AtomicT, a: c_int, u: c_int) -> bool;"
	R[6] = "/// Adds 1 until `v` reaches `limit`, at most `tries` times; returns how many adds happened.\n///\n/// # Safety\n/// `v` is a valid `atomic_t`.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(v: *mut AtomicT, limit: i32, tries: u32) -> u32 {\n    let mut done = 0u32;\n    for _ in 0..tries {\n        if !rust_helper_fx@K@_add_unless(v, 1, limit) {\n            break;\n        }\n        done = done.wrapping_add(1);\n    }\n    done\n}\n"

	name[7] = "inc_below"
	I[7] = "static inline bool fx@K@_inc_below(atomic_t *v, int max)\n{\n\tint c = __atomic_load_n(&v->counter, __ATOMIC_RELAXED);\n\n\tdo {\n\t\tif (c >= max - @C@)\n\t\t\treturn false;\n\t} while (!__atomic_compare_exchange_n(&v->counter, &c, c + 1, true, __ATOMIC_ACQ_REL,\n\t\t\t\t\t     __ATOMIC_RELAXED));\n\treturn true;\n}\n"
	H[7] = "__rust_helper bool rust_helper_fx@K@_inc_below(atomic_t *v, int max)\n{\n\treturn fx@K@_inc_below(v, max);\n}\n"
	X[7] = "    fn rust_helper_fx@K@_inc_below(v: *mut AtomicT, max: c_int) -> bool;"
	R[7] = "/// A permit from a counting semaphore: `Some(permits in use)` or `None` when full.\nunsafe fn fx@K@_permit(v: *mut AtomicT, max: i32) -> Option<i32> {\n    if rust_helper_fx@K@_inc_below(v, max) {\n        Some(core::ptr::read_volatile(core::ptr::addr_of!((*v).counter)))\n    } else {\n        None\n    }\n}\n\n/// Takes up to `want` permits; returns the number in use after the last one, or -1.\n///\n/// # Safety\n/// `v` is a valid `atomic_t`.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(v: *mut AtomicT, max: i32, want: u32) -> i32 {\n    let mut last = -1;\n    for _ in 0..want {\n        match fx@K@_permit(v, max) {\n            Some(n) => last = n,\n            None => break,\n        }\n    }\n    last\n}\n"

	name[8] = "div_clamp"
	I[8] = "static inline unsigned int fx@K@_div_clamp(unsigned int n, unsigned int lo, unsigned int hi)\n{\n\tunsigned int r = (n + @C@u - 1) / @C@u;\n\n\treturn r < lo ? lo : (r > hi ? hi : r);\n}\n"
	H[8] = "__rust_helper unsigned int rust_helper_fx@K@_div_clamp(unsigned int n, unsigned int lo, unsigned int hi)\n{\n\treturn fx@K@_div_clamp(n, lo, hi);\n}\n"
	X[8] = "    fn rust_helper_fx@K@_div_clamp(n: c_uint, lo: c_uint, hi: c_uint) -> c_uint;"
	R[8] = "/// Rounds and clamps every value of `vals` in place; returns their sum.\n///\n/// # Safety\n/// `vals` holds `n` values.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(vals: *mut u32, n: usize, lo: u32, hi: u32) -> u64 {\n    let mut sum = 0u64;\n    for x in core::slice::from_raw_parts_mut(vals, n) {\n        *x = rust_helper_fx@K@_div_clamp(*x, lo, hi);\n        sum = sum.wrapping_add(u64::from(*x));\n    }\n    sum\n}\n"

	name[9] = "obj_read"
	I[9] = "static inline unsigned long long fx@K@_obj_read(const struct fx_obj *o)\n{\n\treturn READ_ONCE(o->f[@C@ % 8]) + (unsigned long long)o->state;\n}\n"
	H[9] = "__rust_helper unsigned long long rust_helper_fx@K@_obj_read(const struct fx_obj *o)\n{\n\treturn fx@K@_obj_read(o);\n}\n"
	X[9] = "    fn rust_helper_fx@K@_obj_read(o: *const FxObj) -> u64;"
	R[9] = "/// Sums one field over `n` objects, skipping those whose state is negative.\n///\n/// # Safety\n/// `objs` holds `n` objects.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(objs: *const FxObj, n: usize) -> u64 {\n    core::slice::from_raw_parts(objs, n)\n        .iter()\n        .filter(|o| o.state >= 0)\n        .fold(0u64, |acc, o| acc.wrapping_add(rust_helper_fx@K@_obj_read(o)))\n}\n"

	name[10] = "obj_touch"
	I[10] = "static inline void fx@K@_obj_touch(struct fx_obj *o, unsigned long long stamp)\n{\n\to->flags |= 1UL << (@C@ % BITS_PER_LONG);\n\to->count++;\n\tWRITE_ONCE(o->stamp, stamp);\n}\n"
	H[10] = "__rust_helper void rust_helper_fx@K@_obj_touch(struct fx_obj *o, unsigned long long stamp)\n{\n\tfx@K@_obj_touch(o, stamp);\n}\n"
	X[10] = "    fn rust_helper_fx@K@_obj_touch(o: *mut FxObj, stamp: u64);"
	R[10] = "/// Touches every object whose stamp is older than `now`; returns how many.\n///\n/// # Safety\n/// `objs` holds `n` objects.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(objs: *mut FxObj, n: usize, now: u64) -> usize {\n    let mut touched = 0usize;\n    for o in core::slice::from_raw_parts_mut(objs, n) {\n        if o.stamp < now {\n            rust_helper_fx@K@_obj_touch(o, now);\n            touched = touched.wrapping_add(1);\n        }\n    }\n    touched\n}\n"

	name[11] = "spin_lock"
	I[11] = "static inline void fx@K@_spin_lock(spinlock_t *lock)\n{\n\twhile (unlikely(__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE))) {\n\t\twhile (__atomic_load_n(&lock->locked, __ATOMIC_RELAXED))\n\t\t\tcpu_relax();\n\t}\n}\n"
	H[11] = "__rust_helper void rust_helper_fx@K@_spin_lock(spinlock_t *lock)\n{\n\tfx@K@_spin_lock(lock);\n}\n"
	X[11] = "    fn rust_helper_fx@K@_spin_lock(lock: *mut SpinlockT);"
	R[11] = "/// Adds `add` to the object's count under its lock; returns the new count.\n///\n/// # Safety\n/// `o` is a valid object.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(o: *mut FxObj, add: u32) -> u32 {\n    rust_helper_fx@K@_spin_lock(core::ptr::addr_of_mut!((*o).lock));\n    let c = (*o).count.wrapping_add(add);\n    (*o).count = c;\n    AtomicI32::from_ptr(core::ptr::addr_of_mut!((*o).lock.locked)).store(0, Ordering::Release);\n    c\n}\n"

	name[12] = "spin_unlock"
	I[12] = "static inline void fx@K@_spin_unlock(spinlock_t *lock)\n{\n\t__atomic_store_n(&lock->locked, 0, __ATOMIC_RELEASE);\n}\n"
	H[12] = "__rust_helper void rust_helper_fx@K@_spin_unlock(spinlock_t *lock)\n{\n\tfx@K@_spin_unlock(lock);\n}\n"
	X[12] = "    fn rust_helper_fx@K@_spin_unlock(lock: *mut SpinlockT);"
	R[12] = "/// Try-lock: sets the object's stamp under its lock if nobody holds it.\n///\n/// # Safety\n/// `o` is a valid object.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(o: *mut FxObj, stamp: u64) -> bool {\n    let lock = AtomicI32::from_ptr(core::ptr::addr_of_mut!((*o).lock.locked));\n    if lock.compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed).is_err() {\n        return false;\n    }\n    (*o).stamp = stamp;\n    rust_helper_fx@K@_spin_unlock(core::ptr::addr_of_mut!((*o).lock));\n    true\n}\n"

	name[13] = "refcount_add"
	I[13] = "static inline void fx@K@_refcount_add(int i, refcount_t *r)\n{\n\tint old = __atomic_fetch_add(&r->refs.counter, i, __ATOMIC_RELAXED);\n\n\tif (unlikely(!old))\n\t\tfx_refcount_warn(r, 1);\n\telse if (unlikely(old < 0 || (int)((unsigned int)old + (unsigned int)i) < 0))\n\t\tfx_refcount_warn(r, 0);\n}\n"
	H[13] = "__rust_helper void rust_helper_fx@K@_refcount_add(int i, refcount_t *r)\n{\n\tfx@K@_refcount_add(i, r);\n}\n"
	X[13] = "    fn rust_helper_fx@K@_refcount_add(i: c_int, r: *mut RefcountT);"
	R[13] = "/// A counted reference, as the kernel's `ARef`: cloning takes another reference.\npub struct Fx@K@Ref(*mut RefcountT);\n\nimpl Fx@K@Ref {\n    /// Takes `n` more references at once.\n    ///\n    /// # Safety\n    /// The object is alive.\n    pub unsafe fn get_many(&self, n: i32) {\n        rust_helper_fx@K@_refcount_add(n, self.0);\n    }\n}\n\n/// Takes one reference per element of `counts`, in batches.\n///\n/// # Safety\n/// `r` is a live `refcount_t`; `counts` holds `n` values.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(r: *mut RefcountT, counts: *const i32, n: usize) {\n    let r = Fx@K@Ref(r);\n    for &c in core::slice::from_raw_parts(counts, n) {\n        if c > 0 {\n            r.get_many(c);\n        }\n    }\n}\n"

	name[14] = "refcount_dec_and_test"
	I[14] = "static inline bool fx@K@_refcount_dec_and_test(refcount_t *r)\n{\n\tint old = __atomic_fetch_sub(&r->refs.counter, 1, __ATOMIC_RELEASE);\n\n\tif (old == 1) {\n\t\t__atomic_thread_fence(__ATOMIC_ACQUIRE);\n\t\treturn true;\n\t}\n\tif (unlikely(old <= 0))\n\t\tfx_refcount_warn(r, 2);\n\treturn false;\n}\n"
	H[14] = "__rust_helper bool rust_helper_fx@K@_refcount_dec_and_test(refcount_t *r)\n{\n\treturn fx@K@_refcount_dec_and_test(r);\n}\n"
	X[14] = "    fn rust_helper_fx@K@_refcount_dec_and_test(r: *mut RefcountT) -> bool;"
	R[14] = "/// Drops up to `n` references; returns true when the last one went.\n///\n/// # Safety\n/// `r` is a live `refcount_t` holding at least `n` references.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(r: *mut RefcountT, n: u32) -> bool {\n    (0..n).any(|_| rust_helper_fx@K@_refcount_dec_and_test(r))\n}\n"

	name[15] = "hash_32"
	I[15] = "static inline unsigned int fx@K@_hash_32(unsigned int val, unsigned int bits)\n{\n\treturn (val * 0x61C88647u ^ @C@u) >> (31 - (bits & 15));\n}\n"
	H[15] = "__rust_helper unsigned int rust_helper_fx@K@_hash_32(unsigned int val, unsigned int bits)\n{\n\treturn fx@K@_hash_32(val, bits);\n}\n"
	X[15] = "    fn rust_helper_fx@K@_hash_32(val: c_uint, bits: c_uint) -> c_uint;"
	R[15] = "/// Counts `keys` into 16 hash buckets; returns the fullest bucket's count.\n///\n/// # Safety\n/// `keys` holds `n` keys.\n#[no_mangle]\npub unsafe extern \"C\" fn fx@K@_use(keys: *const u32, n: usize) -> u32 {\n    let mut buckets = [0u32; 16];\n    for &k in core::slice::from_raw_parts(keys, n) {\n        let h = rust_helper_fx@K@_hash_32(k, 4) as usize;\n        buckets[h & 15] = buckets[h & 15].wrapping_add(1);\n    }\n    buckets.iter().copied().max().unwrap_or(0)\n}\n"

	# ---- header ----
	print "/* Generated by bench/gen-fixture: " n " kernel-like static inlines. */" > hdr
	print "#ifndef FIXTURE_H\n#define FIXTURE_H\n\n#include <stdbool.h>\n#include <stddef.h>\n" > hdr
	print "#define likely(x) __builtin_expect(!!(x), 1)\n#define unlikely(x) __builtin_expect(!!(x), 0)" > hdr
	print "#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))\n#define WRITE_ONCE(x, val) (*(volatile __typeof__(x) *)&(x) = (val))" > hdr
	print "#define BITS_PER_LONG (8 * __SIZEOF_LONG__)\n" > hdr
	print "static inline void cpu_relax(void)\n{\n#if defined(__x86_64__)\n\t__builtin_ia32_pause();\n#elif defined(__aarch64__)\n\t__asm__ __volatile__(\"yield\" ::: \"memory\");\n#else\n\t__asm__ __volatile__(\"\" ::: \"memory\");\n#endif\n}\n" > hdr
	print "typedef struct { int counter; } atomic_t;\ntypedef struct refcount_struct { atomic_t refs; } refcount_t;" > hdr
	print "struct list_head { struct list_head *next, *prev; };\ntypedef struct { int locked; } spinlock_t;" > hdr
	print "struct fx_obj {\n\tunsigned long flags;\n\tint state;\n\tunsigned int count;\n\tunsigned long long stamp;\n\tunsigned long long f[8];\n\tspinlock_t lock;\n};\n" > hdr
	print "/* The refcount slow path, out of line and cold (helpers/h000.c). */" > hdr
	print "extern void fx_refcount_warn(refcount_t *r, int why) __attribute__((__noinline__, __cold__));\n" > hdr
	for (k = 0; k < n; k++)
		emit(hdr, I[k % NSHAPES], k)
	print "#endif /* FIXTURE_H */" > hdr

	# ---- helpers: 50 per file ----
	for (k = 0; k < n; k++) {
		if (k % 50 == 0) {
			if (file != "")
				close(file)
			file = sprintf("%s/src/main/helpers/h%03d.c", dir, k / 50)
			print "/* Generated by bench/gen-fixture. */\n#include \"fixture.h\"\n" > file
			if (k == 0)
				print "void fx_refcount_warn(refcount_t *r, int why)\n{\n\t(void)why;\n\t__atomic_store_n(&r->refs.counter, -(1 << 30), __ATOMIC_RELAXED);\n}\n" > file
		}
		emit(file, H[k % NSHAPES], k)
	}
	close(file)

	# ---- the crate ----
	print "// Generated by bench/gen-fixture: a no_std crate calling each of " n " helpers." > rs
	print "#![no_std]\n" > rs
	print "use core::ffi::{c_int, c_uint, c_ulong};\nuse core::sync::atomic::{AtomicI32, Ordering};\n" > rs
	print "#[repr(C)]\npub struct AtomicT {\n    pub counter: c_int,\n}\n" > rs
	print "#[repr(C)]\npub struct RefcountT {\n    pub refs: AtomicT,\n}\n" > rs
	print "#[repr(C)]\npub struct ListHead {\n    pub next: *mut ListHead,\n    pub prev: *mut ListHead,\n}\n" > rs
	print "#[repr(C)]\npub struct SpinlockT {\n    pub locked: c_int,\n}\n" > rs
	print "#[repr(C)]\npub struct FxObj {\n    pub flags: c_ulong,\n    pub state: c_int,\n    pub count: c_uint,\n    pub stamp: u64,\n    pub f: [u64; 8],\n    pub lock: SpinlockT,\n}\n" > rs
	print "extern \"C\" {" > rs
	for (k = 0; k < n; k++)
		emit(rs, X[k % NSHAPES], k)
	print "}\n" > rs
	for (k = 0; k < n; k++)
		emit(rs, R[k % NSHAPES], k)
	close(rs)
	close(hdr)
}
