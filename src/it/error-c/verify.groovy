def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')

assert log.contains('Compiling the helpers (helpers) failed with exit code 1.')
assert log =~ /broken\.c:4:\d+: error: expected expression/
assert log.contains('Command: ')
// nothing half-written that looks finished
assert !new File(out, 'helpers.bc').exists() && !new File(out, 'helpers.bc.tmp').exists()
assert !new File(out, '.helpers.bc.cmd').exists()
return true
