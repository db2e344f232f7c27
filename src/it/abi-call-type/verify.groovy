// Helpers whose generated declarations pass values as C does, in another IR type than clang's.
// x86-64: a 16-byte struct by value (clang splits it, rustc passes it whole) and two floats by value
// (clang <2 x float>, rustc double). AArch64: a struct of two doubles returned (clang returns the
// struct, rustc an array) and a 4-byte struct returned (clang i32, rustc i64). The ABI check accepts
// them: they use the same registers. LLVM inlines only a call of the callee's own IR type, so the
// default finish links call adapters (NAME.abi.bc) that bridge the types, and every helper is
// inlined. finish=kernel keeps the kernel's inputs: the struct's call stays, and the plugin says why
// (LLVM says nothing). A long double helper, which the bindings declare u128, is stopped at the ABI check.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def x86 = new File(basedir, 'target/kernel-rust')
def a64 = new File(basedir, 'target/a64')
def kernel = new File(basedir, 'target/kernel')
def major = it.toolchain(x86)['rustc.llvm.major']
def driver = new File(basedir, 'src/main/c/main.c')
def slurp = { dir -> new groovy.json.JsonSlurper().parse(new File(dir, 'inlining-report.json')).helpers
        .collectEntries { [it.name, it] } }
def used = ['rust_helper_fl2_dot', 'rust_helper_fpair_swap', 'rust_helper_span_end', 'rust_helper_span_end_ptr',
            'rust_helper_tag_of']

// the default finish, both targets: adapters for the calls of another type, every helper inlined
[[x86, 'rust_helper_fl2_dot, rust_helper_span_end'], [a64, 'rust_helper_fpair_swap, rust_helper_tag_of']].each { out, bridged ->
    def r = slurp(out)
    assert r.findAll { k, v -> v.status == 'inlined' }.keySet().sort() == used
    assert r.values().every { !it.containsKey('callType') }
    assert log.contains('[INFO] Call adapters for crate abi_call_type: ' + bridged + ' (the crate passes')
    def obj = new File(out, 'abi_call_type.o')
    assert !(it.nm(obj, major) =~ /rust_helper_/)
    assert it.record(new File(out, '.abi_call_type.abi.bc.cmd')).contains('llvm-as')
    assert it.record(new File(out, '.abi_call_type.m.bc.cmd')).contains('abi_call_type.abi.bc')
    def ll = new File(out, 'abi_call_type.abi.ll').text
    bridged.split(', ').each { h -> assert ll.contains('@"' + h + '.abi"(') && ll.contains('define ') }
}
def xobj = new File(x86, 'abi_call_type.o')
['end_by_value', 'fl2_dot'].each { f ->
    def dis = it.disassemble(xobj, f, major)
    assert !(dis =~ /\b(call|jmp)\w*\s/): dis   // the helper's body, in the Rust function
}
assert it.disassemble(xobj, 'fl2_dot', major) =~ /mulss/
// the values arrive as C sent them, through every adapter
assert it.linkAndRun(basedir, 'main-x86', [driver, xobj]).trim() == '7 11 2.5 6.0 1'
assert it.linkAndRunWith(it.AARCH64_CC, it.AARCH64_RUNNER, basedir, 'main-a64', [driver,
        new File(a64, 'abi_call_type.o')], ['-static']).trim() == '7 11 2.5 6.0 1'

// the same inputs in another output folder: the same object, and the same adapters' IR but for
// the helpers' source_filename, which names the folder as helpers.bc's does
def again = new File(basedir, 'target/again')
assert new File(again, 'abi_call_type.o').bytes == xobj.bytes
def noSource = { f -> f.readLines().findAll { !it.startsWith('source_filename') } }
assert noSource(new File(again, 'abi_call_type.abi.ll')) == noSource(new File(x86, 'abi_call_type.abi.ll'))

// finish=kernel: the kernel's llvm-link inputs, no adapter; the calls stay, with the plugin's reason
def k = slurp(kernel)
assert k.rust_helper_span_end.status == 'not inlined'
assert k.rust_helper_span_end.callType == 'the call\'s IR type is not the helper\'s: Rust passes ({ i64, i64 }),' +
        ' C takes (i64, i64)'
assert !k.rust_helper_span_end.containsKey('llvmReasons')   // LLVM says nothing of such a call
// clang -O2's instcombine casts the double to <2 x float> at the call, of the same size; then it inlines
assert k.rust_helper_fl2_dot.status == 'inlined'
assert k.rust_helper_span_end_ptr.status == 'inlined' && !k.rust_helper_span_end_ptr.containsKey('callType')
assert !new File(kernel, 'abi_call_type.abi.bc').exists()
assert !it.record(new File(kernel, '.abi_call_type.m.bc.cmd')).contains('.abi.bc')
assert log.contains('rust_helper_span_end, called from end_by_value in [abi_call_type.o]; the call\'s IR type is not' +
        ' the helper\'s: Rust passes ({ i64, i64 }), C takes (i64, i64)]. Where the call\'s IR type is not the' +
        ' helper\'s, the values still reach the same registers, so the call is right, but LLVM inlines only a call of' +
        ' the callee\'s own IR type')
def kobj = new File(kernel, 'abi_call_type.o')
assert it.disassemble(kobj, 'end_by_value', major) =~ /(call\w*|jmp)\s.*<rust_helper_span_end>/   // a tail call
// the call LLVM left is right: the merged object keeps the helper as a local function
assert it.linkAndRun(basedir, 'main-kernel', [driver, kobj]).trim() == '7 11 2.5 6.0 1'

// long double: stopped at the ABI check, with what to do instead; nothing linked
def lib = new File(basedir, 'target/ld/bindings_helpers_generated.rs').canonicalFile
assert log.contains('The Rust declaration of rust_helper_ld_twice in crate abi_call_type does not match its C' +
        ' definition, so every call passes or reads values wrongly (argument 1: Rust passes i128, C takes x86_fp80).' +
        ' Rust declares (i128) -> i128 at ' + lib + ':')
assert log.contains('C\'s long double (x86_fp80) has no stable Rust type: bindgen declares it u128, an integer, which' +
        ' is passed in other registers. Rust cannot call this helper: write a helper that takes and returns double' +
        ' (converting in C), and call that one.')
assert !log.contains('Fix the declaration, or let the plugin write it')   // the plugin wrote it
assert log.count('does not match its C definition') == 1   // no struct of the others is one
assert !new File(basedir, 'target/ld/abi_call_type.o').exists()
assert !(log =~ /(?m)^\s+at [a-z]+\./)   // no stack trace
return true
