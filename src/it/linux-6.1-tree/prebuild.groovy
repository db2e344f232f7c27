// Prepares Debian's Linux 6.1 tree (linux-source-6.1) as docs/kernel.md says, then pastes Kbuild's
// own flags into the POM as a user would: the C flags of lib/.refcount.o.cmd less the per-file
// parts (docs/kernel.md's table), and KBUILD_RUSTFLAGS as make computes them, plus Makefile.build's
// @rustc_cfg. Nothing of the tree is vendored: it comes from /usr/src.
def loader = new GroovyClassLoader(getClass().classLoader)
def kr = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def tarball = new File('/usr/src/linux-source-6.1.tar.xz')
assert tarball.isFile(): "${tarball} is missing: apt-get install linux-source-6.1 (scripts/setup-debian.sh does)"
def tree = new File(basedir, 'linux')
tree.mkdirs()
// the sources of drivers, sound and the other arches' device trees are not needed to prepare the tree
kr.run(['tar', 'xf', tarball.path, '-C', tree.path, '--strip-components=1',
        '--exclude=linux-source-6.1/drivers/*.[chS]', '--exclude=linux-source-6.1/sound/*.[ch]',
        '--exclude=linux-source-6.1/Documentation/*[^g]', '--exclude=linux-source-6.1/tools/perf',
        '--exclude=linux-source-6.1/tools/testing', '--exclude=linux-source-6.1/arch/*/boot/dts'])
def make = { List<String> args -> kr.run(['make', '-s', 'LLVM=-22'] + args, tree) }
make(['defconfig'])
make(["-j${Runtime.runtime.availableProcessors()}", 'prepare'])
make(['lib/refcount.o'])

/** Splits a shell command line into words, as sh would (quotes and backslashes), up to the first ';'. */
List<String> words(String line) {
    def out = []
    def word = null
    char quote = 0
    for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i)
        if (quote != (char) 0) {
            if (c == quote) quote = 0
            else if (c == (char) '\\' && quote == (char) '"' && i + 1 < line.length()) word.append(line.charAt(++i))
            else word.append(c)
        } else if (c == (char) '\'' || c == (char) '"') {
            quote = c
            if (word == null) word = new StringBuilder()
        } else if (c == (char) '\\' && i + 1 < line.length()) {
            if (word == null) word = new StringBuilder()
            word.append(line.charAt(++i))
        } else if (Character.isWhitespace(c) || c == (char) ';') {
            if (word != null) { out << word.toString(); word = null }
            if (c == (char) ';') return out
        } else {
            if (word == null) word = new StringBuilder()
            word.append(c)
        }
    }
    if (word != null) out << word.toString()
    return out
}

// 2. the C flags: everything between the compiler and the per-file part
def cmd = new File(tree, 'lib/.refcount.o.cmd').readLines().find { it.startsWith('cmd_lib/refcount.o := ') }
assert cmd != null
def all = words(cmd.substring(cmd.indexOf(':= ') + 3))
assert all[0] == 'clang-22'
def cflags = []
for (int i = 1; i < all.size(); i++) {
    def w = all[i]
    if (w.startsWith('-Wp,-MMD,') || w.startsWith('-DKBUILD_') || w.startsWith('-D__KBUILD_MODNAME=') || w == '-c'
            || w == 'lib/refcount.c') continue
    if (w == '-o') { i++; continue }
    cflags << w
}
assert cflags.contains('-mcmodel=kernel') && cflags.contains('-fno-delete-null-pointer-checks') && cflags.size() > 70

// 3. the Rust flags: KBUILD_RUSTFLAGS, then Makefile.build's @rustc_cfg
def pv = new File(basedir, 'pv.mk')
pv.text = 'include Makefile\npv-rust:\n\t@echo \'$(KBUILD_RUSTFLAGS) $(KBUILD_RUSTFLAGS_KERNEL)\'\n'
def rustflags = words(make(['-f', pv.path, 'pv-rust']).strip()) + ['@./include/generated/rustc_cfg']
assert rustflags.contains('--target=./rust/target.json') && rustflags.contains('-Ccode-model=kernel')
// rust/target.json exists only in a tree built with CONFIG_RUST: write one as docs/kernel.md says,
// with the rustc that has library sources (the one the plugin picks to build core from them)
def rustc = System.getenv('PATH').split(':').collect { new File(it, 'rustc') }.find { r ->
    r.canExecute() && new File(kr.run([r.path, '--print', 'sysroot']).strip(), 'lib/rustlib/src/rust/library').isDirectory()
}
assert rustc != null: 'no rustc with library sources on PATH (Debian: apt-get install rustc-web rust-web-src)'
def spec = new ProcessBuilder([rustc.path, '-Zunstable-options', '--print', 'target-spec-json', '--target',
        'x86_64-unknown-none']).tap { environment().put('RUSTC_BOOTSTRAP', '1') }.start()
new File(tree, 'rust/target.json').text = spec.inputStream.getText('UTF-8')
assert spec.waitFor() == 0

def xml = { String s -> s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') }
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text
        .replace('<!-- KBUILD_CFLAGS -->', cflags.collect { "<cflag>${xml(it)}</cflag>" }.join('\n            '))
        .replace('<!-- KBUILD_RUSTFLAGS -->', rustflags.collect { "<rustflag>${xml(it)}</rustflag>" }.join('\n            '))
new File(basedir, 'kbuild-cflags.txt').text = cflags.join('\n') + '\n'
new File(basedir, 'kbuild-rustflags.txt').text = rustflags.join('\n') + '\n'
return true
