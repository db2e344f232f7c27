def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def tc = it.toolchain(new File(basedir, 'target/kernel-rust'))
def log = new File(basedir, 'build.log').text

assert tc.mode == 'out-of-line'
assert tc.compatible == 'false'
assert tc['rustc.llvm'] == '14.0.5'
assert tc['rustc.path'].endsWith('/fakebin/rustc')
assert tc['clang.llvm.major'] != '14'
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.size() == 1: warnings
def w = warnings[0]
assert w.contains('rustc ' + tc['rustc.path'] + ' (LLVM 14.0.5)')
assert w.contains('clang ' + tc['clang.path'] + ' (LLVM ' + tc['clang.llvm'] + ')')
assert w.contains('llvm-link ' + tc['llvmLink.path'] + ' (LLVM ' + tc['llvmLink.llvm'] + ')')
assert log.contains('Mode: out-of-line, helpers compiled by clang ' + tc['clang.path'])
return true
