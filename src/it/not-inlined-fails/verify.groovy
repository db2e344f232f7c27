// An annotated helper that stays a call fails the build, naming the helper and the Rust caller;
// the report is still written.
def out = new File(basedir, 'target/kernel-rust')
def log = new File(basedir, 'build.log').text

assert log.contains('1 helper(s) carry __rust_helper but a call to them is left: [rust_helper_fib, called from use_fib in [not_inlined_fails.o]')
// LLVM's own reason, from its missed-inline remark, not a guess
assert log.contains('LLVM says: not inlined into use_fib: it should never be inlined (cost=never): recursive call')
assert log.contains('Set kernelRust.failOnNotInlined=false to build anyway.')
assert log.contains('[INFO] Inlining: 2 helpers: 1 inlined, 1 not inlined (rust_helper_fib, called from use_fib)')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
def fib = report.helpers.find { it.name == 'rust_helper_fib' }
assert fib.annotated == true && fib.status == 'not inlined'
assert fib.remainingCalls == [[object: 'not_inlined_fails.o', function: 'use_fib']]
assert fib.llvmReasons == ['not inlined into use_fib: it should never be inlined (cost=never): recursive call']
assert report.helpers.find { it.name == 'rust_helper_square' }.status == 'inlined'
return true
