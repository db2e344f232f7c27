// A helper compiled for more of the processor than the Rust code it is inlined into: DPDK's
// rte_crc32_u64 is _mm_crc32_u64 (SSE 4.2), and DPDK's pkg-config flags say -march=corei7. Inlined
// into Rust compiled for x86-64, LLVM cannot generate the instruction (clang crashes); the error
// says which function, which helper, which processors and flag, and what to do, without LLVM's
// backtrace. Doing what it says (-Ctarget-cpu=corei7) builds, inlines and computes what C does;
// out of line the default build works.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
def major = it.toolchain(inline)['rustc.llvm.major']

// 1: the default rustflags
assert log.contains('Crate wrap_dpdk_crc32 could not be compiled: LLVM cannot generate llvm.x86.sse42.crc32.64.64'
        + ' in the Rust function crc_all, compiled for x86-64. It comes from the helper rust_helper_rte_crc32_u64,'
        + ' C compiled for corei7 (')
assert log.contains("The helpers' processor comes from -march=corei7 in pkg-config libdpdk's flags.")
assert log.contains('(add -Ctarget-cpu=corei7 to kernelRust.rustflags or to the crate\'s <rustflags>), or keep the'
        + ' helpers out of line (kernelRust.inlineHelpers=false).')
// clang's own diagnostics stay, its backtrace does not
assert log.contains('Cannot select: intrinsic %llvm.x86.sse42.crc32.64.64')
assert log.contains("[LLVM's backtrace left out]") && !log.contains('llvm::sys::PrintStackTrace')
assert log.count('could not be compiled: LLVM cannot generate') == 1
// clang's crash reproducer is written in the build's output folder, not the machine's /tmp
def reproducers = (log =~ /diagnostic msg: (\S+\.(?:bc|sh))\s/).collect { it[1] }
assert reproducers.size() == 2: reproducers
reproducers.each { assert it.startsWith(new File(inline, 'tmp').path + '/') && new File(it).isFile(): it }
// said before the build fails, and only in the build compiled for another processor
assert log.count("Crate wrap_dpdk_crc32: its helper rust_helper_rte_crc32_u64 is compiled for corei7 (-march=corei7 in"
        + " pkg-config libdpdk's flags), the crate for x86-64. Inlined, its code is generated for x86-64; -Ctarget-cpu=corei7"
        + " in rustflags would give the crate the helpers' processor.") == 1

// 2: -Ctarget-cpu=corei7: the helper is inlined, its crc32 in the Rust loop
def report = new groovy.json.JsonSlurper().parse(new File(inline, 'inlining-report.json'))
assert report.helpers*.name == ['rust_helper_rte_crc32_u64'] && report.helpers[0].status == 'inlined'
def obj = new File(inline, 'wrap_dpdk_crc32.o')
assert !(it.nm(obj, major) =~ /rust_helper_/)
assert it.disassemble(obj, 'crc_all', major) =~ /\bcrc32q\b/
assert it.record(new File(inline, '.wrap_dpdk_crc32.bc.cmd')).contains(' -Ctarget-cpu=corei7 ')

// 3: out of line, Rust for x86-64 calls the helper compiled for corei7
assert it.nm(new File(ool, 'wrap_dpdk_crc32.o'), major) =~ /(?m) U rust_helper_rte_crc32_u64$/

def cflags = it.run(['pkg-config', '--cflags', 'libdpdk']).trim().split(/\s+/) as List
def main = new File(basedir, 'src/main/c/main.c')
def inlined = it.linkAndRun(basedir, 'main-inline', [main, obj], cflags)
assert inlined =~ /^crc=([0-9a-f]+)\/\1\n$/
assert it.linkAndRun(basedir, 'main-ool', [main, new File(ool, 'wrap_dpdk_crc32.o'), new File(ool, 'helpers.o')],
        cflags) == inlined
return true
