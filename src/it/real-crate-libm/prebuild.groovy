// Copies libm, the Rust standard library's port of musl's math functions, from the installed Rust
// library sources (Debian: rust-web-src) into target/libm, as a module of this IT's crate: about
// 20,000 lines of real Rust that call no helper. It is never committed. As a module its crate::
// paths become crate::libm::, and its #![no_std] goes (the crate root has it).
File libm = null
for (dir in System.getenv('PATH').split(':')) {
    def rustc = new File(dir, 'rustc')
    if (!rustc.canExecute()) continue
    def p = new ProcessBuilder(rustc.path, '--print', 'sysroot').redirectErrorStream(true).start()
    def sysroot = p.inputStream.getText('UTF-8').trim()
    if (p.waitFor() != 0) continue
    def src = new File(sysroot, 'lib/rustlib/src/rust/library/compiler-builtins/libm/src')
    if (new File(src, 'lib.rs').isFile()) {
        libm = src
        break
    }
}
assert libm != null: 'no rustc on PATH has the Rust library sources with compiler-builtins/libm' +
        ' (Debian: apt-get install rust-web-src)'
def dest = new File(basedir, 'target/libm')
dest.deleteDir()
int files = 0
libm.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    if (!f.name.endsWith('.rs')) return
    def rel = libm.toPath().relativize(f.toPath()).toString()
    def to = new File(dest, rel == 'lib.rs' ? 'mod.rs' : rel)
    to.parentFile.mkdirs()
    def text = f.getText('UTF-8').replaceAll(/\bcrate::/, 'crate::libm::')
    if (rel == 'lib.rs') {
        assert text.contains('#![no_std]\n'): "${f}: no #![no_std] line"
        text = text.replace('#![no_std]\n', '')
    }
    to.setText(text, 'UTF-8')
    files++
}
assert files > 100: "only ${files} files in ${libm}"
println "libm: ${files} files from ${libm}"
return true
