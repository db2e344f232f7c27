// Each crate links the helper variant it asks for: the module one was built with -DMODULE.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] HELPER helpers.bc') && log.contains('[INFO] HELPER helpers_module.bc')
assert new File(out, '.helpers_module.bc.cmd').text.contains(' -DMODULE ')
// the constant each variant returns is in the crate's code, no call left
assert it.disassemble(new File(out, 'builtin.o'), 'k_built_as', major) =~ /movl\s+\$0x1, %eax/
assert it.disassemble(new File(out, 'module.o'), 'm_built_as', major) =~ /movl\s+\$0x2, %eax/
assert log.contains('[INFO] Inlining: 1 helper: 1 inlined')
return true
