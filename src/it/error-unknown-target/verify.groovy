def log = new File(basedir, 'build.log').text
assert log.contains("kernelRust.target is 'riscv64', which is not supported. Supported targets: x86_64, aarch64")
return true
