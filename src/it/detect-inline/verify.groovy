def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def log = new File(basedir, 'build.log').text

assert tc.mode == 'inline'
assert tc.compatible == 'true'
assert tc.rustcClangLlvmCompatible == 'true'
def major = tc['rustc.llvm.major']
assert tc['clang.llvm.major'] == major && tc['llvmLink.llvm.major'] == major
// the kernel's encoding: 22.1.8 -> 220108
def (ma, mi, pa) = tc['rustc.llvm'].tokenize('.').collect { it as int }
assert tc['rustc.llvm.version'] == "${ma * 10000 + mi * 100 + pa}"
// every tool named with its path, and one line with the decision
['rustc', 'clang', 'llvm-link', 'nm', 'cc'].each { assert log =~ /(?m)^\[INFO\] \Q${it}\E +\//: it }
assert log.contains("Mode: inline (rustc, clang and llvm-link share LLVM ${major}; RUSTC_LLVM_VERSION=${tc['rustc.llvm.version']})")
assert !log.contains('[WARNING]')
return true
