// bindgen 0.60 writes a C struct that is packed and aligned as #[repr(C, packed(64))] with
// #[repr(align(64))], which rustc refuses (E0587). The first build fails with the plugin's error
// naming the struct and the bindgenFlags that fix it; the second passes them, and the layout is
// then opaque bytes of the struct's size and alignment, the helper is inlined, and the ABI check
// still compares the helper's signature.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']

// 1: without the option
assert log.contains('Crate bindings_packed_aligned does not compile: bindgen wrote xstate in'
        + ' bindings_helpers_generated.rs as packed and aligned at once (the C type is'
        + ' __attribute__((packed, aligned(N)))), which Rust refuses (E0587). Have bindgen treat it as opaque'
        + ' bytes of the right size and alignment, as the kernel does in rust/bindgen_parameters:'
        + ' <bindgenFlags><bindgenFlag>--opaque-type=xstate</bindgenFlag></bindgenFlags>.')
assert log.contains('error[E0587]: type has conflicting packed and align representation hints')

// 2: with it
def rs = new File(out, 'bindings_helpers_generated.rs').text
assert rs =~ /(?s)#\[repr\(C\)\]\s*#\[repr\(align\(64\)\)\]\s*pub struct xstate \{\s*pub _bindgen_opaque_blob: \[u8; 64usize\],/
assert it.record(new File(out, '.bindings_helpers_generated.rs.cmd')).contains(' --opaque-type=xstate -- ')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.helpers*.status == ['inlined'] && report.abiChecked == 1
assert !(it.nm(new File(out, 'bindings_packed_aligned.o'), major) =~ /rust_helper_/)
return true
