// Hand-written declarations that match their C definitions are checked and pass, in both modes;
// the program is right.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def log = new File(basedir, 'build.log').text
def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
assert new File(basedir, 'src/main/rust/lib.rs').text.contains('extern "C" {')
assert !new File(inline, 'bindings_helpers_generated.rs').exists()
assert log.count('[INFO] No bindings: kernelRust.generateBindings is false.') == 2
[inline, ool].each { out ->
    def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
    assert report.abiChecked == 2
    assert new File(out, 'inlining-report.md').text.contains('ABI check: 2 declarations of the crates compared with'
            + ' the helpers\' C definitions at the LLVM IR level: all match.')
}
assert log.count('; ABI: 2 declarations match the C definitions') == 2
assert driver.run(it, basedir, new File(itShared), [new File(inline, 'abi_hand_written.o')]) == driver.EXPECTED
assert driver.run(it, basedir, new File(itShared), [new File(ool, 'abi_hand_written.o'), new File(ool, 'helpers.o')]) ==
        driver.EXPECTED
return true
