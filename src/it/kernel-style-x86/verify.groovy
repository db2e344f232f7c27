// The kernel-style x86-64 target through rustTarget: x86_64-unknown-none (no standard library,
// static relocation model, soft float) with the helpers inlined; linked -no-pie, it runs and
// prints what every other build prints.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def obj = new File(out, 'shared.o')

assert new File(out, '.shared.bc.cmd').text.contains('--target=x86_64-unknown-none')
assert new File(out, '.shared.o.cmd').text.contains('--target=x86_64-linux-gnu')
assert !(it.nm(obj, major) =~ /rust_helper_/)
assert it.disassemble(obj, 'rust_refcount_loop', major) =~ /lock/
assert it.linkAndRun(basedir, 'driver', [new File(itShared, 'c/driver.c'), obj],
        ['-no-pie', '-I', new File(itShared, 'include').path]) == driver.EXPECTED
return true
