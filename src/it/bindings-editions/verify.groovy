// Generated bindings compile in editions 2021 and 2024, with the kernel's lints as errors, in
// both modes; the program is right; no hand-written extern block anywhere.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def log = new File(basedir, 'build.log').text
['ed2021.rs', 'ed2024.rs'].each { f -> assert !new File(basedir, "src/main/rust/${f}").text.contains('extern "C" {') }

def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
def major = it.toolchain(inline)['rustc.llvm.major']
assert it.toolchain(inline).mode == 'inline' && it.toolchain(ool).mode == 'out-of-line'
[inline, ool].each { out ->
    def bindings = new File(out, 'bindings_helpers_generated.rs').text
    assert bindings.contains('unsafe extern "C" {')
    assert !(bindings =~ /(?m)^\s*extern "C" \{/)
}
// inline: no helper symbol left in either crate; out of line: both call helpers.o
['ed2021', 'ed2024'].each { name -> assert !(it.nm(new File(inline, "${name}.o"), major) =~ /rust_helper_/) }
assert it.nm(new File(ool, 'ed2024.o'), major) =~ /(?m) U rust_helper_test_and_set_bit$/
assert driver.run(it, basedir, new File(itShared), [new File(inline, 'ed2021.o'), new File(inline, 'ed2024.o')]) ==
        driver.EXPECTED
assert driver.run(it, basedir, new File(itShared), [new File(ool, 'ed2021.o'), new File(ool, 'ed2024.o'),
        new File(ool, 'helpers.o')]) == driver.EXPECTED
assert log.count('ABI: 2 declarations match the C definitions') == 2
assert !log.contains('[WARNING]')
return true
