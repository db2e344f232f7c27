// A changed C signature regenerates the bindings, and Rust code written for the old one stops
// compiling: the boundary cannot drift silently.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')
assert log.count('[INFO] BINDGEN bindings_helpers_generated.rs') == 2
assert new File(out, 'bindings_helpers_generated.rs').text.contains(
        'pub fn rust_helper_scale(x: core::ffi::c_long, factor: core::ffi::c_long, offset: core::ffi::c_long)'
        + ' -> core::ffi::c_long;')
// rustc's own diagnostics, naming the call
assert log =~ /error\[E0061\]: this function takes 3 arguments but 2 arguments were supplied/
assert log.contains('src/main/rust/lib.rs:12')
assert log.contains('Compiling crate bindings_signature_change failed with exit code 1.')
// the object of the first build does not survive looking up to date
assert !new File(out, 'bindings_signature_change.bc').exists()
return true
