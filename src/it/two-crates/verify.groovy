// Crate a (no helpers) goes straight to an object; b gets a's metadata through --extern and
// has the helper inlined; the two objects link and run.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def log = new File(basedir, 'build.log').text

assert log.indexOf('[INFO] RUSTC a.o') < log.indexOf('[INFO] RUSTC b.bc')
// a's bitcode is written for the ABI check only: nothing is linked into it
assert !new File(out, 'a.m.bc').exists() && !log.contains('LLVM-LINK a.m.bc')
assert new File(out, 'liba.rmeta').isFile() && new File(out, 'b.m.bc').isFile()
assert log.contains('[INFO] LLVM-LINK b.m.bc') && !log.contains('LLVM-LINK a.m.bc')
def b = new File(out, 'b.o')
def bSyms = it.nm(b, major)
assert !(bSyms =~ /rust_helper_/)
// calls into crate a; v0 mangling (_RNv...) since RUSTC_BOOTSTRAP=1 makes rustc act as a nightly
def step = /_ZN1a4step|_RNv\w*_1a4step/
assert bSyms =~ /(?m) U (${step})/
assert it.nm(new File(out, 'a.o'), major) =~ /(?m) T (${step})/
// sum of (i % 7) + 1 for i in 0..70 = 10 * 28 = 280
def run = it.linkAndRun(basedir, 'main', [new File(basedir, 'src/main/c/main.c'), new File(out, 'a.o'), b])
assert run == 'v=280 last=280\n'
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.objects == ['a.o', 'b.o']      // every crate object is examined
assert report.helpers*.status == ['inlined'] && report.helpers[0].calledBy == ['b']
return true
