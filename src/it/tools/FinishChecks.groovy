// Checks of the ITs that build the same sources with the default finish and with finish=kernel
// (two executions, into target/kernel-rust and target/kernel-rust-kernel, one folder per target).
class FinishChecks {
    static final Map<String, String> CLANG_TARGETS = ['x86_64': 'x86_64-linux-gnu', 'aarch64': 'aarch64-linux-gnu']

    /** As the step records quote a word (Command.display): bare when safe, else in single quotes. */
    static String quote(String word) {
        return word ==~ /[A-Za-z0-9_@%+=:,.\/-]+/ ? word : "'" + word.replace("'", "'\\''") + "'"
    }

    /** A step record's command line, the project's folder named again (ItChecks.record). */
    static String firstLine(Class it, File f) {
        return it.record(f).readLines()[0]
    }

    /**
     * For one target and crate: the default finish ran opt then code generation only, left no helper
     * symbol and no undefined symbol, and wrote the same object as finish=kernel, whose command line
     * is the kernel's exactly. Returns the default finish's object.
     */
    static File check(Class it, File basedir, String target, String crate, List<String> cflags) {
        def out = new File(basedir, "target/kernel-rust/${target}")
        def kout = new File(basedir, "target/kernel-rust-kernel/${target}")
        def tc = it.toolchain(out)
        def major = tc['rustc.llvm.major']
        assert tc.mode == 'inline'
        def obj = new File(out, "${crate}.o")
        def kobj = new File(kout, "${crate}.o")

        def opt = firstLine(it, new File(out, ".${crate}.i.bc.cmd"))
        assert opt.startsWith('cmd ') && opt.contains("'-passes=always-inline,function(sroa<modify-cfg>,"): opt
        assert opt.contains('loop-vectorize,loop-unroll,'): opt
        assert opt.endsWith(" ${new File(out, "${crate}.m.bc")} -o ${new File(out, "${crate}.i.bc.tmp")}"): opt
        def cc = firstLine(it, new File(out, ".${crate}.o.cmd"))
        assert cc.contains(" -Xclang -disable-llvm-optzns ") && cc.contains(" -c ${new File(out, "${crate}.i.bc")} "): cc

        // inlined, all of it: no helper left, defined or called, and nothing else undefined either
        def syms = it.nm(obj, major)
        assert !(syms =~ /rust_helper_/): syms
        assert it.run([it.llvmTool('llvm-nm', major), '-u', obj.path]).trim().isEmpty()

        // finish=kernel: the kernel's command line, word for word
        def words = [tc['clang.path'], "--target=${CLANG_TARGETS[target]}"] + cflags +
                ['-Wno-override-module', '-Wno-unused-command-line-argument', '-c',
                 new File(kout, "${crate}.m.bc").path, '-o', new File(kout, "${crate}.o.tmp").path]
        assert firstLine(it, new File(kout, ".${crate}.o.cmd")) == 'cmd ' + words.collect { quote(it.toString()) }.join(' ')
        assert !new File(kout, "${crate}.i.bc").exists() && !new File(kout, ".${crate}.i.bc.cmd").exists()

        // the same machine code as the kernel's recipe, byte for byte (docs/benchmarks.md)
        assert obj.bytes == kobj.bytes: "${obj} and ${kobj} differ: finish=focused no longer writes what finish=kernel writes"
        return obj
    }

    /**
     * Links a C driver (cc args before the object) with the crate object and runs it with
     * "1 0", checks only: natively on x86-64, with the cross gcc under qemu on aarch64.
     */
    static String runChecks(Class it, File basedir, String target, File obj, List<String> cc) {
        def bin = new File(basedir, "checks-${obj.name}-${target}")
        if (target == 'x86_64') {
            it.run(['cc', '-O2'] + cc + [obj.path, '-o', bin.path])
            return it.run([bin.path, '1', '0'])
        }
        it.run([it.AARCH64_CC, '-O2', '-static'] + cc + [obj.path, '-o', bin.path])
        return it.run(it.AARCH64_RUNNER + [bin.path, '1', '0'])
    }
}
