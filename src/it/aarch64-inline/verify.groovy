// aarch64 from an x86-64 machine: core built from source for aarch64-unknown-none, the final
// object is AArch64 ELF with no helper left and the atomic sequence in the Rust loop, and the
// program, run under qemu, prints exactly what the x86-64 build prints.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def major = tc['rustc.llvm.major']
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'shared.o')

assert tc.mode == 'inline'
assert new File(out, '.shared.bc.cmd').text.contains('--target=aarch64-unknown-none')
assert new File(out, '.shared.bc.cmd').text.contains('--sysroot=/dev/null')
assert new File(out, '.shared.o.cmd').text.contains('--target=aarch64-linux-gnu')
assert new File(out, 'exports_core_generated.h').text.contains('EXPORT_SYMBOL_RUST_GPL(')
assert it.run([it.llvmTool('llvm-readelf', major), '-h', obj.path]) =~ /Machine:\s+AArch64/
assert !(it.nm(obj, major) =~ /rust_helper_/)
def loop = it.disassemble(obj, 'rust_refcount_loop', major)
assert (loop =~ /ldxr/ && loop =~ /stxr/) || loop =~ /ldadd/
assert !(loop =~ /bl\s.*rust_helper/)
assert driver.runAarch64(it, basedir, new File(itShared), [obj]) == driver.EXPECTED
assert log.contains('[INFO] Inlining: 3 helpers: 2 inlined, 1 unused; ABI: 2 declarations match the C definitions')
driver.assertCoreInOutputs(it, out, major)
return true
