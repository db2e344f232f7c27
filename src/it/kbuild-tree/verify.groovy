// Kbuild's command lines work as pasted when the tools run in the tree: relative -I/-include,
// -fmacro-prefix-map=./=, KBUILD_RUSTFLAGS with the kernel's lints, --target and --edition, and
// @./include/generated/rustc_cfg. Every file a flag names is tracked by content, so a new kernel
// configuration rebuilds both the C and the Rust side; switching modes in one folder leaves
// nothing of the other mode looking current.
def loader = new GroovyClassLoader(getClass().classLoader)
def kr = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tree = new File(basedir, 'linux').canonicalFile
def major = kr.toolchain(out)['rustc.llvm.major']
def driver = new File(basedir, 'src/main/c/driver.c')
def sha = { File f -> java.security.MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def log = new File(basedir, 'build.log').text
assert kr.count(log, 'INFO', 'BUILD SUCCESS') == 2
assert !log.contains('[WARNING]'): 'a Kbuild build with -Werror and -Dwarnings has nothing to warn of'

// --- run 2, out of line, in the folder run 1 built inline ---
assert kr.toolchain(out).mode == 'out-of-line'
['helpers.bc', '.helpers.bc.cmd', 'helpers.ll', '.helpers.ll.cmd', 'kbuild_tree.m.bc', '.kbuild_tree.m.bc.cmd',
 'kbuild_tree.c.bc', '.kbuild_tree.c.bc.cmd', 'kbuild_tree.mark.rsp', 'kbuild_tree.unmark.rsp',
 'kbuild_tree.i.bc', '.kbuild_tree.i.bc.cmd', '.kbuild_tree.bc.cmd'].each {
    assert !new File(out, it).exists(): "${it} of inline mode is left"
}
def report = new File(out, 'inlining-report.json').text
['rust_helper_refcount_inc', 'rust_helper_refcount_dec_and_test', 'rust_helper_kr_nr_cpus', 'rust_helper_kr_where'].each {
    assert report.contains("{\"name\": \"${it}\", \"annotated\": true,"): report
}
// the C steps ran in the tree with the flags as pasted; the record names the folder and every header by content
def helperRecord = kr.record(new File(out, '.helpers.o.cmd'), tree)
assert helperRecord.startsWith("cmd cd ${tree} && "): helperRecord
[' -I./include ', ' -include ./include/linux/compiler-version.h ', ' -fmacro-prefix-map=./= '].each {
    assert helperRecord.contains(it): "${it}: ${helperRecord}"
}
['include/linux/compiler-version.h', 'include/linux/kconfig.h', 'include/generated/autoconf.h',
 'include/linux/refcount.h', 'arch/x86/include/asm/kr_arch.h'].each {
    def f = new File(tree, it)
    assert helperRecord.contains("${sha(f)} ${f.path}\n"): "${it}: ${helperRecord}"
}
// rustc too: the pasted --target and --edition are the ones it got, once each
def crateRecord = kr.record(new File(out, '.kbuild_tree.o.cmd'), tree)
def cfg = new File(tree, 'include/generated/rustc_cfg')
assert crateRecord.startsWith("cmd cd ${tree} && "): crateRecord
assert crateRecord.contains(" @${cfg.path} ") && crateRecord.contains("${sha(cfg)} ${cfg.path}\n")
assert crateRecord.count('--target=') == 1 && crateRecord.contains(' --target=x86_64-unknown-linux-gnu ')
assert crateRecord.count('--edition') == 1 && crateRecord.contains(' -Dwarnings ') && crateRecord.contains(' -Wmissing_docs ')
def bindings = kr.record(new File(out, '.bindings_helpers_generated.rs.cmd'), tree)
assert bindings.startsWith("cmd cd ${tree} && ") && bindings.contains("${sha(new File(tree, 'include/generated/autoconf.h'))} ")

def run = { List<File> objects -> kr.linkAndRun(basedir, 'driver', [driver] + objects, ['-no-pie']) }
def crate = new File(out, 'kbuild_tree.o')
assert run([crate, new File(out, 'helpers.o')]) == 'freed=1 cpus=401 where=include/linux/refcount.h\n'

// --- back to inline mode in the same folder: rebuilt, nothing taken for damaged ---
def inline = kr.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-inline.log'))
assert kr.toolchain(out).mode == 'inline'
['HELPER helpers.bc', 'RUSTC kbuild_tree.bc', 'LLVM-LINK kbuild_tree.m.bc'].each { assert kr.count(inline, 'INFO', it) == 1: it }
assert !inline.contains('[WARNING]'): inline
['helpers.o', '.helpers.o.cmd', 'helpers.abi.bc', '.helpers.abi.bc.cmd'].each {
    assert !new File(out, it).exists(): "${it} of out-of-line mode is left"
}
def inlined = { ->
    def syms = kr.nm(crate, major)
    assert !(syms =~ /rust_helper_/): syms
    assert kr.disassemble(crate, 'kr_take_and_drop', major) =~ /lock/
}
inlined()
assert run([crate]) == 'freed=1 cpus=401 where=include/linux/refcount.h\n'

// the export table is the kernel's pipeline's, byte for byte; with a #[panic_handler] in the crate that
// includes rustc's GLOBAL rust_begin_unwind, as Kbuild's exports_kernel_generated.h would
def awk = '$2~/(T|R|D|B)/ && $3!~/__(pfx|cfi|odr_asan)/ { printf "EXPORT_SYMBOL_RUST_GPL(%s);\\n",$3 }'
def kernelTable = kr.run(['sh', '-c', '"$1" -p --defined-only "$2" | awk \'' + awk + '\'', 'sh',
                          kr.llvmTool('llvm-nm', major), crate.path])
def table = new File(out, 'exports_kbuild_tree_generated.h').getText('UTF-8')
assert table == kernelTable
assert table =~ /rust_begin_unwind\);/: table

// --- a no-op build runs no step ---
def noop = kr.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-noop.log'))
['HELPER', 'RUSTC', 'BINDGEN', 'LLVM-LINK', 'CC '].each { assert kr.count(noop, 'INFO', it) == 0: "${it}: ${noop}" }

// --- a new kernel configuration (make olddefconfig): C and Rust are rebuilt, the objects follow it ---
new File(tree, 'include/generated/autoconf.h').text = '/* Automatically generated file; DO NOT EDIT. */\n#define CONFIG_NR_CPUS 8\n'
cfg.text = '--cfg=CONFIG_NR_CPUS="8"\n--check-cfg=cfg(CONFIG_SMP)\n--check-cfg=cfg(CONFIG_SMP,values("y"))\n' +
        '--check-cfg=cfg(CONFIG_NR_CPUS,values(any()))\n'
def again = kr.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-config.log'))
['HELPER helpers.bc', 'RUSTC kbuild_tree.bc', 'BINDGEN bindings_helpers_generated.rs'].each {
    assert kr.count(again, 'INFO', it) == 1: "${it}: ${again}"
}
assert !again.contains('[WARNING]'): again
inlined()
// C: no SMP, so one CPU; Rust: no CONFIG_SMP either
assert run([crate]) == 'freed=1 cpus=100 where=include/linux/refcount.h\n'
return true
