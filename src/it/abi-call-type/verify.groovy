// Helpers whose generated declarations pass values as C does, in another IR type: LLVM leaves
// the call and gives no remark, so the plugin says why. x86-64: a 16-byte struct by value (clang
// splits it, rustc passes it whole) and two floats by value (clang <2 x float>, rustc double).
// AArch64: a struct of two doubles returned (clang returns the struct, rustc an array) and a
// 4-byte struct returned (clang i32, rustc i64). The ABI check accepts those: they use the same
// registers. And a long double helper, which the generated bindings declare u128: the ABI check
// stops it, and says Rust cannot call it.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def x86 = new File(basedir, 'target/kernel-rust')
def a64 = new File(basedir, 'target/a64')
def major = it.toolchain(x86)['rustc.llvm.major']
def slurp = { dir -> new groovy.json.JsonSlurper().parse(new File(dir, 'inlining-report.json')).helpers
        .collectEntries { [it.name, it] } }
def advice = 'Where the call\'s IR type is not the helper\'s, the values still reach the same registers, so the' +
        ' call is right, but LLVM inlines only a call of the callee\'s own IR type'

// x86-64: the struct by value is left called, with the reason; through a pointer it is inlined
def r = slurp(x86)
assert r.rust_helper_span_end.status == 'not inlined'
assert r.rust_helper_span_end.callType == 'the call\'s IR type is not the helper\'s: Rust passes ({ i64, i64 }),' +
        ' C takes (i64, i64)'
assert !r.rust_helper_span_end.containsKey('llvmReasons')   // LLVM says nothing of such a call
assert r.rust_helper_span_end_ptr.status == 'inlined' && !r.rust_helper_span_end_ptr.containsKey('callType')
assert r.rust_helper_fpair_swap.status == 'inlined'
assert r.rust_helper_fl2_dot.status == 'not inlined'
assert r.rust_helper_fl2_dot.callType == 'the call\'s IR type is not the helper\'s: Rust passes (double), C takes' +
        ' (<2 x float>)'
assert r.rust_helper_tag_of.status == 'inlined'   // i32 on both sides there
assert log.contains('rust_helper_span_end, called from end_by_value in [abi_call_type.o]; the call\'s IR type is not' +
        ' the helper\'s: Rust passes ({ i64, i64 }), C takes (i64, i64)]. ' + advice)
def obj = new File(x86, 'abi_call_type.o')
assert it.disassemble(obj, 'end_by_value', major) =~ /(call\w*|jmp)\s.*<rust_helper_span_end>/   // a tail call
assert !it.disassemble(obj, 'end_by_pointer', major).contains('call')
// the call LLVM left is right: the merged object keeps the helper as a local function
assert it.linkAndRun(basedir, 'main-x86', [new File(basedir, 'src/main/c/main.c'), obj]).trim() == '7 11 2.5 6.0 1'

// AArch64: no ABI error for the pair of doubles; the call is left, with the reason
def a = slurp(a64)
assert a.rust_helper_fpair_swap.status == 'not inlined'
assert a.rust_helper_fpair_swap.callType == 'the call\'s IR type is not the helper\'s: Rust expects [2 x double],' +
        ' C returns { double, double }'
assert a.rust_helper_tag_of.status == 'not inlined'
assert a.rust_helper_tag_of.callType == 'the call\'s IR type is not the helper\'s: Rust expects i64, C returns i32'
assert a.rust_helper_fl2_dot.status == 'inlined'   // [2 x float] on both sides there
assert a.rust_helper_span_end.status == 'inlined'   // [2 x i64] on both sides there
assert a.rust_helper_span_end_ptr.status == 'inlined'
assert new File(a64, 'inlining-report.md').text.contains('| not inlined (the call\'s IR type is not the helper\'s:' +
        ' Rust expects [2 x double], C returns { double, double }) |')

// long double: stopped at the ABI check, with what to do instead; nothing linked
def lib = new File(basedir, 'target/ld/bindings_helpers_generated.rs').canonicalFile
assert log.contains('The Rust declaration of rust_helper_ld_twice in crate abi_call_type does not match its C' +
        ' definition, so every call passes or reads values wrongly (argument 1: Rust passes i128, C takes x86_fp80).' +
        ' Rust declares (i128) -> i128 at ' + lib + ':')
assert log.contains('C\'s long double (x86_fp80) has no stable Rust type: bindgen declares it u128, an integer, which' +
        ' is passed in other registers. Rust cannot call this helper: write a helper that takes and returns double' +
        ' (converting in C), and call that one.')
assert !log.contains('Fix the declaration, or let the plugin write it')   // the plugin wrote it
assert log.count('does not match its C definition') == 1   // AArch64's pair of doubles is not one
assert !new File(basedir, 'target/ld/abi_call_type.o').exists()
assert !(log =~ /(?m)^\s+at [a-z]+\./)   // no stack trace
return true
