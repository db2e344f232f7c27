// finish=fast: opt inlines the helpers and cleans up, clang only generates code; the object
// holds no helper, the Rust loops hold the atomics, and the program is right.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'shared.o')

assert log.contains('[INFO] LLVM-LINK shared.m.bc') && log.contains('[INFO] OPT shared.i.bc') && log.contains('[INFO] CC shared.o')
assert new File(out, '.shared.i.bc.cmd').text.contains('-passes=always-inline,function(')
assert new File(out, '.shared.o.cmd').text.contains(' -Xclang -disable-llvm-optzns ')
assert !(it.nm(obj, major) =~ /rust_helper_/)
assert it.disassemble(obj, 'rust_refcount_loop', major) =~ /lock/
assert driver.run(it, basedir, new File(itShared), [obj]) == driver.EXPECTED
assert log.contains('[INFO] Inlining: 3 helpers: 2 inlined, 1 unused; ABI: 2 declarations match the C definitions')
return true
