// Out-of-line mode: Rust calls the helpers in helpers.o, the program gives the same output as
// the inline build, and the report lists every helper as a call without failing.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def major = tc['rustc.llvm.major']
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'shared.o')
def helpers = new File(out, 'helpers.o')

assert tc.mode == 'out-of-line'
assert helpers.isFile() && !new File(out, 'helpers.bc').exists() && !new File(out, 'shared.m.bc').exists()
assert log.contains('[INFO] HELPER helpers.o') && log.contains('[INFO] RUSTC shared.o')
def crateSyms = it.nm(obj, major)
assert crateSyms =~ /(?m)^\s+U rust_helper_refcount_inc$/
assert crateSyms =~ /(?m)^\s+U rust_helper_test_and_set_bit$/
def helperSyms = it.nm(helpers, major)
assert helperSyms =~ /(?m) T rust_helper_refcount_inc$/
assert helperSyms =~ /(?m) T rust_helper_test_and_set_bit$/
assert driver.run(it, basedir, new File(itShared), [obj, helpers]) == driver.EXPECTED
// helper export table, as the kernel's exports_helpers_generated.h
def helperExports = new File(out, 'exports_helpers_generated.h').text
assert helperExports.contains('EXPORT_SYMBOL_RUST_GPL(rust_helper_refcount_inc);\n')
assert helperExports.contains('EXPORT_SYMBOL_RUST_GPL(rust_helper_test_and_set_bit);\n')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.mode == 'out-of-line'
assert report.helpers*.name == ['refcount_warn_saturate', 'rust_helper_refcount_inc', 'rust_helper_test_and_set_bit']
report.helpers.findAll { it.name.startsWith('rust_helper_') }.each {
    // the annotation is read from the helpers' front-end IR, built with inline mode's __rust_helper
    assert it.annotated == true
    assert it.status == 'called out of line' && it.remainingCalls.size() > 0 && it.remainingCalls[0].function.startsWith('rust_')
}
assert report.helpers[0].status == 'unused'
assert log.contains('[INFO] Inlining: 3 helpers: 1 unused, 2 called out of line [out-of-line mode: helpers are called,'
        + ' not inlined]; ABI: 2 declarations match the C definitions')
// the ABI check read the helpers' IR and the crate's own bitcode, which rustc wrote beside shared.o
assert log.contains('[INFO] HELPER-IR helpers.abi.bc') && new File(out, 'shared.bc').isFile()
assert !log.contains('[WARNING]')
return true
