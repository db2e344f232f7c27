// Copies libm, the Rust library's port of musl's math functions, from the installed Rust sources
// (Debian: rust-web-src) into target/libm as a module of this IT's crate, with the benchmark's own
// script (bench/copy-libm): about 20,000 lines of real Rust that call no helper, never committed.
// The sources are those of the first rustc on PATH that has them, which need not be the rustc the
// plugin picks (here rustup's has none): libm is stable Rust, and builds with either.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def copy = new File(itTools, '../../../bench/copy-libm').canonicalFile
def from = it.run(['bash', copy.path, new File(basedir, 'target/libm').path])
def files = 0
new File(basedir, 'target/libm').eachFileRecurse(groovy.io.FileType.FILES) { files++ }
assert files > 100: "only ${files} files from ${from}"
return true
