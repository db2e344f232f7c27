// Inline mode: the helpers are gone from the crate object, their bodies are in the Rust loops,
// the program is right, and the report and export tables say so.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def major = tc['rustc.llvm.major']
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'shared.o')

assert tc.mode == 'inline'
['helpers.bc', 'shared.bc', 'shared.m.bc', 'shared.o', 'libshared.rmeta', 'shared.d', 'include/rust_helper.h',
 'bindings_helpers_generated.rs', 'helpers.ll', 'shared.ll'].each {
    assert new File(out, it).isFile(): it
}
assert !new File(out, 'helpers.o').exists()
// one line per step
['HELPER helpers.bc', 'RUSTC shared.bc', 'LLVM-LINK shared.m.bc', 'CC shared.o', 'EXPORTS exports_shared_generated.h'].each {
    assert log.contains("[INFO] ${it}"): it
}
// no helper symbol at all, defined or undefined; refcount_warn_saturate, defined with the
// helpers, was internalized with them and nothing calls it once they are inlined, so the finish
// drops it, as clang -O2 does (finish=kernel): no copy of it, not even a local one
def syms = it.nm(obj, major)
assert !(syms =~ /rust_helper_/): syms
assert !(syms =~ /refcount_warn_saturate/): syms
// the helper bodies are in the Rust functions: lock-prefixed atomics, no call
def loop = it.disassemble(obj, 'rust_refcount_loop', major)
assert loop =~ /lock/
assert !(loop =~ /call.*rust_helper/)
def bits = it.disassemble(obj, 'rust_set_bits', major)
assert bits =~ /lock/
// the program is right
assert driver.run(it, basedir, new File(itShared), [obj]) == driver.EXPECTED
// export tables: the crate's functions; nothing for helpers in inline mode
assert new File(out, 'exports_shared_generated.h').text ==
        'EXPORT_SYMBOL_RUST_GPL(rust_refcount_loop);\nEXPORT_SYMBOL_RUST_GPL(rust_set_bits);\n'
assert !new File(out, 'exports_helpers_generated.h').exists()
// the proof
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.mode == 'inline'
// every function the helper sources define, whatever its name: refcount_warn_saturate too
assert report.helpers*.name == ['refcount_warn_saturate', 'rust_helper_refcount_inc', 'rust_helper_test_and_set_bit']
report.helpers.findAll { it.name.startsWith('rust_helper_') }.each {
    assert it.annotated == true && it.status == 'inlined' && it.calledBy == ['shared'] && it.remainingCalls == []
}
def saturate = report.helpers.find { it.name == 'refcount_warn_saturate' }
assert saturate.annotated == false && saturate.calledBy == [] && saturate.status == 'unused'
assert report.abiChecked == 2
assert log.contains('[INFO] Inlining: 3 helpers: 2 inlined, 1 unused; ABI: 2 declarations match the C definitions')
// the crate declares nothing by hand: the bindings hold the helpers and refcount_t
def bindings = new File(out, 'bindings_helpers_generated.rs').text
assert bindings.contains('pub fn rust_helper_refcount_inc(r: *mut refcount_t);')
assert bindings.contains('pub fn rust_helper_test_and_set_bit(nr: core::ffi::c_uint, addr: *mut core::ffi::c_ulong) -> bool;')
assert bindings.contains('pub struct refcount_t {')
assert log.contains('[INFO] BINDGEN bindings_helpers_generated.rs')
assert new File(out, 'inlining-report.md').text.contains('| `rust_helper_refcount_inc` | yes | shared | none | inlined |')
return true
