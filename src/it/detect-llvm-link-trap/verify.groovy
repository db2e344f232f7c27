def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def tc = it.toolchain(new File(basedir, 'target/kernel-rust'))
def log = new File(basedir, 'build.log').text

assert tc.mode == 'inline'
assert tc['llvmLink.llvm.major'] == tc['rustc.llvm.major']
assert !tc['llvmLink.path'].contains('fakebin')
assert !log.contains('[WARNING]')
return true
