def log = new File(basedir, 'build.log').text
['detect-toolchain', 'generate-helper-header', 'compile-helpers', 'compile-crates', 'link-helpers', 'exports',
 'package', 'verify-inlining'].each { assert log.contains("[INFO] Skipping ${it} (kernelRust.skip=true)"): it }
assert !new File(basedir, 'target/kernel-rust').exists()
assert !new File(basedir, 'target').listFiles()?.any { it.name.endsWith('.zip') }
return true
