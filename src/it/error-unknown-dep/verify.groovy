def log = new File(basedir, 'build.log').text
assert log.contains("Crate 'a' depends on 'zzz', which is not a configured crate. Configured crates: [a, b].")
assert !log.contains('at io.github.kernelrust')
return true
