def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')

assert log.contains('Compiling the helpers (helpers) failed with exit code 1.')
assert log =~ /broken\.c:4:\d+: error: expected expression/
assert log.contains('Command: ')
// bindgen meets the same error first: one WARNING with libclang's own line, no raw panic, and
// the build goes on to the compiler, whose diagnostics are the error
assert log =~ /\[WARNING\] bindgen could not read the helpers .*libclang: \S*broken\.c:4:\d+: error: expected expression/
assert !log.contains('panicked')
// nothing half-written that looks finished
assert !new File(out, 'helpers.bc').exists() && !new File(out, 'helpers.bc.tmp').exists()
assert !new File(out, '.helpers.bc.cmd').exists()
return true
