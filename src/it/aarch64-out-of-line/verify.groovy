// aarch64 out of line: the crate object calls the helpers (bl + R_AARCH64_CALL26), helpers.o
// defines them, and under qemu the program prints what every other build prints.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def major = tc['rustc.llvm.major']
def obj = new File(out, 'shared.o')
def helpers = new File(out, 'helpers.o')

assert tc.mode == 'out-of-line'
[obj, helpers].each { f -> assert it.run([it.llvmTool('llvm-readelf', major), '-h', f.path]) =~ /Machine:\s+AArch64/ }
assert it.nm(obj, major) =~ /(?m)^\s+U rust_helper_refcount_inc$/
assert it.nm(helpers, major) =~ /(?m) T rust_helper_refcount_inc$/
assert it.disassemble(obj, 'rust_refcount_loop', major) =~ /R_AARCH64_CALL26\s+rust_helper_refcount_inc/
assert driver.runAarch64(it, basedir, new File(itShared), [obj, helpers]) == driver.EXPECTED
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.target == 'aarch64' && report.helpers*.status == ['unused', 'called out of line', 'called out of line']
driver.assertCoreInOutputs(it, out, major)
return true
