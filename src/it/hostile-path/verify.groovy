// Paths are only names: the module directory holds a space, $( ' and ;, it builds, inlining
// works, and nothing was run from the path.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def module = new File(basedir, "a b \$(touch pwned) ' ;c")
def out = new File(module, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def log = new File(basedir, 'build.log').text

assert module.isDirectory()
assert !(it.nm(new File(out, 'hostile_path.o'), major) =~ /rust_helper_/)
assert log.contains('[INFO] Inlining: 1 helper: 1 inlined')
// the dep-info of the crate (its inner module) was read through the path: a rebuild is a no-op
assert it.record(new File(out, '.hostile_path.bc.cmd')).contains(new File(module, 'src/main/rust/inner.rs').path)
def pwned = []
basedir.eachFileRecurse { if (it.name == 'pwned') pwned << it }
assert pwned.isEmpty() && !new File('pwned').exists()
assert !log.contains('command not found') && !log.contains('unexpected EOF')
return true
