def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def clang = new File(basedir, 'fakebin/clang').canonicalFile.path
def out = new File(basedir, 'target/kernel-rust')

assert log.contains('Compiling the helpers (helpers) timed out after 5 s (kernelRust.compileTimeout): the tool exited'
        + ' with code 0, but a process it started kept its output (stdout or stderr) open. The plugin killed it: ')
assert log =~ /The plugin killed it: \d+ \S*sleep 1000\.123\. A tool, wrapper or launcher must not leave a background/
// the helpers' clang runs in the project folder (relative names, reproducible bitcode)
assert log =~ /(?m)^\[ERROR\] Command: cd \Q${basedir.canonicalPath}\E && \Q${clang}\E .*helpers\.bc\.tmp/
def took = it.buildSeconds(log)
assert took >= 5 && took < 120: "the build took ${took} s"
assert it.running(['sleep', '1000.123']) == []: 'the sleep holding the output survived the build'
// clang wrote its output, but a step that timed out does not count as done
assert !new File(out, 'helpers.bc').exists() && !new File(out, 'helpers.bc.tmp').exists()
assert !new File(out, '.helpers.bc.cmd').exists()
return true
