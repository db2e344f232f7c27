def log = new File(basedir, 'build.log').text

assert log.contains('kernelRust.inlineHelpers=true, but the helpers cannot be inlined: their LLVM majors differ')
assert log =~ /llvm-link \S+\/fakebin\/llvm-link \(LLVM 14\.0\.6\)/
assert log =~ /rustc \S+ \(LLVM 2\d\.\d+\.\d+\)/
return true
