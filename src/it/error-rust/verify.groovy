def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')

assert log.contains('Compiling crate error_rust failed with exit code 1.')
assert log.contains('error[E0308]: mismatched types')
assert log =~ /lib\.rs:5:5/
['error_rust.bc', 'error_rust.bc.tmp', 'liberror_rust.rmeta', 'error_rust.d', '.error_rust.bc.cmd'].each {
    assert !new File(out, it).exists(): it
}
return true
