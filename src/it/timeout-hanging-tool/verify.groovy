def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def clang = new File(basedir, 'fakebin/clang').canonicalFile.path
def out = new File(basedir, 'target/kernel-rust')

// discovery used the fake clang: it answered --version as clang-22
assert it.toolchain(out)['clang.path'] == clang
assert log.contains('Compiling the helpers (helpers) timed out after 5 s (kernelRust.compileTimeout): the tool was'
        + ' still running. The plugin killed it.')
assert log.contains('raise kernelRust.compileTimeout (in seconds)')
assert log =~ /(?m)^\[ERROR\] Command: (cd .* && )?\Q${clang}\E .*helpers\.bc\.tmp/
// the old limit was 600 s; this one is 5 s, plus the build around it
def took = it.buildSeconds(log)
assert took >= 5 && took < 120: "the build took ${took} s"
assert it.running(['sleep', '1000.271']) == []: 'the hanging clang survived the build'
// nothing half-written looks finished
assert !new File(out, 'helpers.bc').exists() && !new File(out, 'helpers.bc.tmp').exists()
return true
