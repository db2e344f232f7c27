// The plugin in Debian's real Linux 6.1 tree, with Kbuild's own flags pasted as Kbuild writes them
// (prebuild.groovy): the kernel's hand-written refcount helpers and <wrap> helpers over list.h,
// bitops.h and spinlock.h, bindgen, the ABI check, core built for the kernel's target spec, and
// three builds: the default finish, finish=kernel (the kernel's command line, word for word) and
// out of line. Every helper the crate calls is inlined, and each function is finish=kernel's,
// instruction for instruction. Then a rebuild that finds everything current starts no tool.
def loader = new GroovyClassLoader(getClass().classLoader)
def kr = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def finish = loader.parseClass(new File(itTools, 'FinishChecks.groovy')).withTools(itTools)
def tree = new File(basedir, 'linux').canonicalFile
def out = new File(basedir, 'target/kernel-rust')
def kout = new File(basedir, 'target/kernel')
def ool = new File(basedir, 'target/ool')
def tc = kr.toolchain(out)
def major = tc['rustc.llvm.major']
def cflags = new File(basedir, 'kbuild-cflags.txt').readLines()
def rustflags = new File(basedir, 'kbuild-rustflags.txt').readLines()
def log = new File(basedir, 'build.log').text
assert kr.count(log, 'INFO', 'BUILD SUCCESS') == 3
assert !log.contains('[WARNING]'): 'Kbuild builds with -Werror and -Dwarnings: nothing to warn of'
// the macro listing of <wrap> runs once a build, not again in the next goal
assert kr.count(log, 'INFO', 'WRAP-MACROS wrap_macros.txt') == 3
assert kr.count(log, 'INFO', 'WRAP wrap_helpers.c') == 3

// --- the C and Rust steps ran in the tree, with the flags as pasted ---
def q = { List l -> l.collect { finish.quote(it.toString()) }.join(' ') }
def helpers = finish.firstLine(kr, new File(out, '.helpers.bc.cmd'), tree)
assert helpers.startsWith("cmd cd ${tree} && ${tc['clang.path']} --target=x86_64-linux-gnu ${q(cflags)} "): helpers
def crate = finish.firstLine(kr, new File(out, '.linux_tree.bc.cmd'), tree)
assert crate.startsWith("cmd cd ${tree} && ") && crate.count('--target=') == 1: crate
assert crate.contains(" --target=${new File(tree, 'rust/target.json').path} "): crate
rustflags.findAll { !it.startsWith('--target=') && !it.startsWith('@') }.each {
    assert crate.contains(" ${finish.quote(it)} "): "${it}: ${crate}"
}
assert crate.contains(" @${new File(tree, 'include/generated/rustc_cfg').path} "): crate
// core for the kernel's target spec, from rustc's library sources
assert crate.contains(' --sysroot=/dev/null ') && crate =~ / --extern core=\S+\/libcore\.rmeta /: crate
assert new File(out, 'core.o').isFile()

// finish=kernel: clang <cflags> -Wno-override-module -c NAME.m.bc, in the tree, word for word
finish.checkKernelCommand(kr, tc, 'x86_64', 'linux_tree', cflags, kout, tree)

// --- <wrap> over the kernel's headers ---
def wrapped = new File(out, 'generated/wrap_helpers.c').text
assert wrapped.contains('__rust_helper void rust_helper_list_add_tail(struct list_head *new, struct list_head *head)\n{\n'
        + '\tlist_add_tail(new, head);\n}'): wrapped
assert wrapped.contains('__rust_helper bool rust_helper_test_and_set_bit(long nr, volatile unsigned long *addr)'): wrapped
assert wrapped.contains('__rust_helper void rust_helper_spin_lock(spinlock_t *lock)'): wrapped
def bindings = new File(out, 'bindings_helpers_generated.rs').text
assert bindings.contains('pub fn rust_helper_refcount_inc(r: *mut refcount_t);'): bindings
assert bindings.contains('pub fn rust_helper_list_add_tail(new: *mut list_head, head: *mut list_head);'): bindings

// --- the proof: every helper called is inlined, in both inline builds ---
def used = ['rust_helper_list_add_tail', 'rust_helper_refcount_dec_and_test', 'rust_helper_refcount_inc',
            'rust_helper_spin_lock', 'rust_helper_spin_unlock', 'rust_helper_test_and_set_bit']
[out, kout].each { dir ->
    def report = new groovy.json.JsonSlurper().parse(new File(dir, 'inlining-report.json'))
    assert report.helpers.findAll { it.status == 'inlined' }*.name.sort() == used
    assert report.helpers.every { it.status in ['inlined', 'unused'] }
    assert report.abiChecked == used.size() && report.calleesLeft == []
    assert report.stillNeeds == ['linux_tree.o': ['_raw_spin_lock', '_raw_spin_unlock', 'refcount_warn_saturate']]
    assert !(kr.nm(new File(dir, 'linux_tree.o'), major) =~ /rust_helper_/)
}
def obj = new File(out, 'linux_tree.o')
// the kernel's atomics in the Rust loops (objdump prints the lock prefix on a line of its own):
// refcount's lock xadd, and the asm of test_and_set_bit, lock bts with its flag output
assert kr.disassemble(obj, 'lt_refs', major) =~ /lock\s+[0-9a-f]+:\s+xaddl\s/
assert kr.disassemble(obj, 'lt_bits', major) =~ /lock\s+[0-9a-f]+:\s+btsq\s/
// spin_lock and spin_unlock call the kernel's out-of-line lock functions; list_add_tail is four stores
def fill = kr.disassemble(obj, 'lt_list_fill', major)
assert fill.count('callq') == 2 && fill =~ /R_X86_64_PLT32\s+_raw_spin_lock-/ && fill =~ /R_X86_64_PLT32\s+_raw_spin_unlock-/: fill
assert finish.sameAsKernel(kr, major, 'linux-6.1-tree', obj, new File(kout, 'linux_tree.o')).containsAll(
        ['lt_bits', 'lt_list_fill', 'lt_refs'])

// --- out of line: the calls stay, the helpers object defines them, the export table lists them ---
def oolObj = new File(ool, 'linux_tree.o')
used.each { assert kr.nm(oolObj, major) =~ /(?m) U ${it}$/ }
def helperSyms = kr.nm(new File(ool, 'helpers.o'), major)
used.each { assert helperSyms =~ /(?m) T ${it}$/ }
def table = new File(ool, 'exports_helpers_generated.h').text
used.each { assert table.contains("EXPORT_SYMBOL_RUST_GPL(${it});\n") }

// --- a rebuild that finds the tree's hundreds of headers unchanged starts no tool ---
def again = kr.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-again.log'))
assert again.contains('[INFO] kernel-rust: nothing changed, no tool run'): again
return true
