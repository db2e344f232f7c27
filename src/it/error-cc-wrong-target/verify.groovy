def log = new File(basedir, 'build.log').text
assert log =~ /No usable clang, and the C compiler \S+ builds for x86_64-linux-gnu, not for target aarch64\./
assert log.contains('set kernelRust.cc to a compiler for aarch64 (e.g. aarch64-linux-gnu-gcc)')
assert !new File(basedir, 'target/kernel-rust/helpers.o').exists()
return true
