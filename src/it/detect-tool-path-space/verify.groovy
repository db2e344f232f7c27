def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def tc = it.toolchain(new File(basedir, 'target/kernel-rust'))

assert tc['clang.path'] == new File(basedir, 'my tools/clang').path
assert tc['clang.llvm.major'] == tc['rustc.llvm.major']
assert tc.mode == 'inline'
return true
