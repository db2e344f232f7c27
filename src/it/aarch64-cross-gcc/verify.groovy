// Without clang, the helpers of an aarch64 build come from the cross gcc named by kernelRust.cc;
// the program runs under qemu with the output of every other build.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)

assert tc.mode == 'out-of-line' && tc.cCompiler == 'cc' && tc['cc.path'].endsWith('aarch64-linux-gnu-gcc')
assert new File(out, '.helpers.o.cmd').text.contains('aarch64-linux-gnu-gcc')
assert driver.runAarch64(it, basedir, new File(itShared), [new File(out, 'shared.o'), new File(out, 'helpers.o')]) == driver.EXPECTED
return true
