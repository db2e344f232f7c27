// Without bindgen, generateBindings=auto builds what it can, says in one INFO line that the
// bindings are not generated, and a crate that includes them fails with one clear paragraph
// naming the Debian packages, not with rustc's "couldn't read" alone.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] No bindgen found: bindings_helpers_generated.rs is not generated (Debian: apt-get install'
        + ' bindgen libclang1-14; or set kernelRust.bindgen to a bindgen)')
assert log.contains('Crate bindings_no_bindgen includes bindings_helpers_generated.rs, which was not generated: no'
        + ' bindgen was found on PATH. Debian: apt-get install bindgen libclang1-14; or set kernelRust.bindgen to a'
        + ' bindgen, and keep kernelRust.generateBindings at auto or true. rustc said: error: couldn\'t read')
assert !log.contains('[INFO] bindgen ')
assert !(log =~ /(?m)^\s+at [a-z]+\./)   // no stack trace
assert !new File(basedir, 'target/kernel-rust/bindings_no_bindgen.bc').exists()
return true
