// Two targets in one build: each in its own folder with its own toolchain decision, objects,
// export tables and report; both verified by running them (x86-64 natively, aarch64 under qemu).
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def log = new File(basedir, 'build.log').text
def results = [:]
['x86_64': 'X86-64', 'aarch64': 'AArch64'].each { target, machine ->
    def out = new File(basedir, "target/kernel-rust/${target}")
    def tc = it.toolchain(out)
    def major = tc['rustc.llvm.major']
    def obj = new File(out, 'shared.o')
    assert tc.mode == 'inline'
    assert it.run([it.llvmTool('llvm-readelf', major), '-h', obj.path]) =~ /Machine:.*\Q${machine}\E/
    assert !(it.nm(obj, major) =~ /rust_helper_/)
    assert new File(out, 'exports_shared_generated.h').isFile()
    def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
    assert report.target == target && report.helpers*.status == ['unused', 'inlined', 'inlined']
    results[target] = target == 'x86_64' ? driver.run(it, basedir, new File(itShared), [obj])
                                         : driver.runAarch64(it, basedir, new File(itShared), [obj])
}
assert results.x86_64 == driver.EXPECTED && results.aarch64 == driver.EXPECTED
assert log.count('[INFO] Mode: inline (') == 2          // one toolchain decision per target
assert log.count('[INFO] Inlining: 3 helpers: 2 inlined, 1 unused; ABI: 2 declarations match the C definitions') == 2
assert !new File(basedir, 'target/kernel-rust/shared.o').exists()
return true
