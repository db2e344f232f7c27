def log = new File(basedir, 'build.log').text

assert log.contains('kernelRust.inlineHelpers=true, but the helpers cannot be inlined: their LLVM majors differ')
assert log =~ /rustc \S+\/fakebin\/rustc \(LLVM 14\.0\.5\)/
assert log =~ /clang \S+ \(LLVM 2\d\.\d+\.\d+\)/
assert !log.contains('at io.github.kernelrust')  // no stack trace without -e
assert !new File(basedir, 'target/kernel-rust/toolchain.properties').exists()
return true
