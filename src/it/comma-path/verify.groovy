// A comma in the project path (and in the core cache's) breaks nothing: rustc gets no path in
// --emit (its TYPE=PATH list is split at commas) but --out-dir.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def module = new File(basedir, 'a,b')
def log = new File(basedir, 'build.log').text
assert !log.contains('unknown emission type')
def inline = new File(module, 'target/kernel-rust')
def ool = new File(module, 'target/ool')
def a64 = new File(module, 'target/a64')
def major = it.toolchain(inline)['rustc.llvm.major']
assert !(it.nm(new File(inline, 'comma_path.o'), major) =~ /rust_helper_/)
assert driver.run(it, module, new File(itShared), [new File(inline, 'comma_path.o')]) == driver.EXPECTED
assert driver.run(it, module, new File(itShared), [new File(ool, 'comma_path.o'), new File(ool, 'helpers.o')]) ==
        driver.EXPECTED
assert driver.runAarch64(it, module, new File(itShared), [new File(a64, 'comma_path.o')]) == driver.EXPECTED
assert new File(basedir, 'core,cache').listFiles().any { it.name.startsWith('core-aarch64-unknown-none') }
// the dep-info names the finished outputs (relatively to the project folder, with the comma), not
// rustc's work folder
def depInfo = new File(inline, 'comma_path.d').text
assert depInfo.startsWith(module.toPath().relativize(new File(inline, 'comma_path.bc').toPath()).toString() + ':'): depInfo
assert !depInfo.contains('.comma_path.rustc'): depInfo
return true
