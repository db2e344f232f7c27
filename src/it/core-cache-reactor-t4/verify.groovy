// Four modules built at once on one empty core cache: core was built exactly once (the other
// three waited for its lock and used it), every module succeeded with the same object, which
// runs correctly under qemu, and the cache holds two entries and no temporary folder.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def log = new File(basedir, 'build.log').text

assert log =~ /Using the MultiThreadedBuilder implementation with a thread count of 4/
assert it.count(log, 'INFO', 'RUSTC core (') == 1
assert it.count(log, 'INFO', 'RUSTC compiler_builtins (') == 1
// a real race: at least one module reached core while another built it
assert it.count(log, 'INFO', 'Waiting for another build of core-aarch64-unknown-none-') >= 1
assert it.count(log, 'INFO', 'RUSTC shared.bc') == 4
assert !log.contains('[WARNING] The core cache entry')

def objects = (1..4).collect { new File(basedir, "m${it}/target/kernel-rust/shared.o") }
objects.each { assert it.isFile(): it }
def major = it.toolchain(new File(basedir, 'm1/target/kernel-rust'))['rustc.llvm.major']
objects.each { obj ->
    assert it.run([it.llvmTool('llvm-readelf', major), '-h', obj.path]) =~ /Machine:\s+AArch64/
    assert obj.bytes == objects[0].bytes: "${obj} differs from ${objects[0]}"
}
assert driver.runAarch64(it, basedir, new File(itShared), [objects[2]]) == driver.EXPECTED

def cache = new File(basedir, 'target/core-cache')
def names = cache.list().sort()
assert names.count { it.endsWith('.lock') } == 2: names
def entries = cache.listFiles().findAll { it.isDirectory() }
assert entries*.name.collect { it.replaceAll(/-[0-9a-f]{16}$/, '') }.sort() ==
        ['compiler_builtins-aarch64-unknown-none', 'core-aarch64-unknown-none']: names
assert !names.any { it.contains('.tmp-') }: names
entries.each { assert new File(it, 'complete').isFile() }
return true
