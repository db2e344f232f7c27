// <wrap> on DPDK's headers, through pkg-config (-include rte_config.h -march=corei7): they include
// the x86 intrinsics headers, which libclang 14 cannot read in clang 22's version (bindgen must
// let it use its own), and struct rte_mbuf's bindings carry bindgen's bitfield code, whose shifts
// the layout must keep. Every helper used is inlined, both modes build, and the Rust functions
// agree with the same calls made from C.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
def major = it.toolchain(inline)['rustc.llvm.major']

[inline, ool].each { out ->
    def rs = new File(out, 'bindings_helpers_generated.rs').text
    assert rs =~ /libclang 1[0-5] /     // bindgen 0.60 with a libclang it reads right
    assert rs.contains('pub struct rte_mbuf {') && rs.contains('pub fn set_bit(&mut self, index: usize, val: bool) {')
    assert rs.contains('let mask = 1 << bit_index;') && rs.contains('val |= 1 << index;')
    assert rs.contains('debug_assert!(index / 8 < self.storage.as_ref().len());')
    // libclang 14 with its own builtin headers, not those of the clang on PATH
    assert it.record(new File(out, '.bindings_helpers_generated.rs.cmd')).contains(' --no-include-path-detection ')
}
assert !log.contains('panicked') && !log.contains('crash')

def used = ['rust_helper_rte_mbuf_refcnt_read', 'rust_helper_rte_mbuf_refcnt_set', 'rust_helper_rte_mbuf_refcnt_update',
            'rust_helper_rte_ring_count', 'rust_helper_rte_ring_dequeue_burst', 'rust_helper_rte_ring_enqueue_burst',
            'rust_helper_rte_spinlock_is_locked', 'rust_helper_rte_spinlock_lock', 'rust_helper_rte_spinlock_trylock',
            'rust_helper_rte_spinlock_unlock']
def report = new groovy.json.JsonSlurper().parse(new File(inline, 'inlining-report.json'))
assert report.helpers*.name.sort() == used
assert report.helpers.every { it.status == 'inlined' }
assert report.abiChecked == used.size()
// DPDK's -march=corei7 does not reach the Rust code: the log says so (the helpers use no instruction
// x86-64 lacks, so they build and inline)
assert log.contains("Crate wrap_dpdk: 10 of its helpers are compiled for corei7 (-march=corei7 in pkg-config libdpdk's"
        + " flags), the crate for x86-64. Inlined, their code is generated for x86-64;")
def obj = new File(inline, 'wrap_dpdk.o')
assert !(it.nm(obj, major) =~ /rust_helper_/)
// rte_spinlock_lock's wait loop (rte_pause: _mm_pause) and its exchange, in the Rust function
def lock = it.disassemble(obj, 'lock_count', major)
assert lock =~ /\bpause\b/ && lock =~ /\b(lock\s+cmpxchg|xchg)/
assert it.nm(new File(ool, 'wrap_dpdk.o'), major) =~ /(?m) U rust_helper_rte_ring_enqueue_burst$/

def pc = { String what -> it.run(['pkg-config', what, 'libdpdk']).trim() }
def cflags = pc('--cflags').split(/\s+/) as List
def libdir = new File(it.run(['pkg-config', '--variable=libdir', 'libdpdk']).trim())
def libs = ['librte_ring.so', 'librte_eal.so'].collect { new File(libdir, it) }
def expected = 'ring=500500/500500 lock=500 free=1 refcnt=42/42\n'
def main = new File(basedir, 'src/main/c/main.c')
assert it.linkAndRun(basedir, 'main-inline', [main, obj] + libs, cflags) == expected
assert it.linkAndRun(basedir, 'main-ool', [main, new File(ool, 'wrap_dpdk.o'), new File(ool, 'helpers.o')] + libs,
        cflags) == expected
return true
