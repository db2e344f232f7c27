// A helper compiled with more of the processor's features than the Rust code it is inlined into,
// from a package's -msse4.2 (pkg-config flags go to the helpers only): crc_step is _mm_crc32_u64,
// which LLVM cannot generate in Rust compiled for x86-64. clang writes 13 features for -msse4.2;
// the error asks rustc for the one the flag names, +sse4.2 (rustc adds +crc32 and the older SSE
// levels itself). Doing what it says builds, inlines and computes what C does.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']

// 1: the default rustflags
assert log.contains('Crate target_feature_flag could not be compiled: LLVM cannot generate llvm.x86.sse42.crc32.64.64'
        + ' in the Rust function crc_all, compiled for x86-64. It comes from the helper rust_helper_crc_step,'
        + ' C compiled for x86-64 (+cmov,+crc32,')
assert log.contains("The helpers' processor comes from -msse4.2 in pkg-config crcstep's flags.")
assert log.contains('(add -Ctarget-feature=+sse4.2 to kernelRust.rustflags or to the crate\'s <rustflags>), or keep the'
        + ' helpers out of line (kernelRust.inlineHelpers=false).')
assert log.count('could not be compiled: LLVM cannot generate') == 1

// 2: -Ctarget-feature=+sse4.2: the helper is inlined, its crc32 in the Rust loop
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.helpers*.name == ['rust_helper_crc_step'] && report.helpers[0].status == 'inlined'
def obj = new File(out, 'target_feature_flag.o')
assert !(it.nm(obj, major) =~ /rust_helper_/)
assert it.disassemble(obj, 'crc_all', major) =~ /\bcrc32q\b/
assert it.record(new File(out, '.target_feature_flag.bc.cmd')).contains(' -Ctarget-feature=+sse4.2 ')

def main = new File(basedir, 'src/main/c/main.c')
def run = it.linkAndRun(basedir, 'main-inline', [main, obj], ['-msse4.2', '-I', new File(basedir, 'src/main/include').path])
assert run =~ /^crc=([0-9a-f]+)\/\1\n$/
return true
