// Checks of the ITs that build the same sources with finish=selective, the default finish (focused)
// and finish=kernel (three executions, into target/kernel-rust, target/kernel-rust-focused and
// target/kernel-rust-kernel, one folder per target).
class FinishChecks {
    static final Map<String, String> CLANG_TARGETS = ['x86_64': 'x86_64-linux-gnu', 'aarch64': 'aarch64-linux-gnu']

    /** As the step records quote a word (Command.display): bare when safe, else in single quotes. */
    static String quote(String word) {
        return word ==~ /[A-Za-z0-9_@%+=:,.\/-]+/ ? word : "'" + word.replace("'", "'\\''") + "'"
    }

    /**
     * A step record's command line, the project's folder (and the working directory, when the tools
     * ran in one) named again (ItChecks.record).
     */
    static String firstLine(Class it, File f, File workDir = null) {
        return it.record(f, workDir).readLines()[0]
    }

    /**
     * For one target and crate: finish=selective (into target/kernel-rust) ran opt twice (the
     * clean-ups, marking the functions it keeps; -O2's passes, unmarking them) then code generation
     * only, left no helper symbol and no undefined symbol, and every function it optimized again is
     * instruction for instruction what finish=kernel wrote, whose command line is the kernel's
     * exactly. Returns finish=selective's object.
     */
    static File check(Class it, File basedir, String target, String crate, List<String> cflags) {
        def out = new File(basedir, "target/kernel-rust/${target}")
        def kout = new File(basedir, "target/kernel-rust-kernel/${target}")
        def tc = it.toolchain(out)
        def major = tc['rustc.llvm.major']
        assert tc.mode == 'inline'
        def obj = new File(out, "${crate}.o")
        def kobj = new File(kout, "${crate}.o")

        def mark = new File(out, "${crate}.mark.rsp")
        def clean = firstLine(it, new File(out, ".${crate}.c.bc.cmd"))
        assert clean.startsWith('cmd ') && clean.contains(
                "'-passes=always-inline,function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg),forceattrs' @${mark} "): clean
        assert clean.endsWith(" ${new File(out, "${crate}.m.bc")} -o ${new File(out, "${crate}.c.bc.tmp")}"): clean
        def again = firstLine(it, new File(out, ".${crate}.i.bc.cmd"))
        assert again.contains("'-passes=function(sroa<modify-cfg>,") && again.contains('loop-vectorize,slp-vectorizer,loop-unroll,'): again
        assert again.endsWith("),forceattrs,globaldce' @${new File(out, "${crate}.unmark.rsp")}"
                + " ${new File(out, "${crate}.c.bc")}"
                + " -o ${new File(out, "${crate}.i.bc.tmp")}"): again
        def cc = firstLine(it, new File(out, ".${crate}.o.cmd"))
        assert cc.contains(" -Xclang -disable-llvm-optzns ") && cc.contains(" -c ${new File(out, "${crate}.i.bc")} "): cc

        // inlined, all of it: no helper left, defined or called, and nothing else undefined either
        def syms = it.nm(obj, major)
        assert !(syms =~ /rust_helper_/): syms
        assert it.run([it.llvmTool('llvm-nm', major), '-u', obj.path]).trim().isEmpty()

        checkKernelCommand(it, tc, target, crate, cflags, kout)

        // the functions optimized again: the kernel's machine code, instruction for instruction
        def kept = markedOptnone(mark)
        def functions = definedFunctions(it, major, obj)
        def optimizedAgain = functions.findAll { f -> !(f in kept) }
        assert !kept.isEmpty() && !optimizedAgain.isEmpty(): "${crate}: kept ${kept}, optimized again ${optimizedAgain}"
        assert DISASM != null && DISASM.isFile(): 'load FinishChecks with withTools(itTools)'
        optimizedAgain.each { f ->
            assert normalized(it, major, obj, f) == normalized(it, major, kobj, f): "${target} ${f}: optimized again," +
                    " but not what finish=kernel writes"
        }
        return obj
    }

    /**
     * One function's instructions, normalized by the benchmark's own bench/lib/disasm.awk; at
     * least minLines of them (real code has one-instruction functions: a tail call).
     */
    static String normalized(Class it, String major, File obj, String function, int minLines = 2) {
        def dump = File.createTempFile('kernel-rust-fn', '.dis')
        try {
            dump.text = it.run([it.llvmTool('llvm-objdump', major), '-dr', '--no-show-raw-insn',
                    "--disassemble-symbols=${function}", obj.path])
            def lines = it.run(['awk', '-f', DISASM.path, dump.path])
            assert lines.readLines().size() >= minLines: "${obj} ${function}: no instructions in\n${dump.text}"
            return lines
        } finally {
            dump.delete()
        }
    }

    /** The functions a NAME.mark.rsp marks optnone: those the finish keeps as they came. */
    static List<String> markedOptnone(File mark) {
        return mark.readLines().findAll { l -> l.endsWith(':optnone') }
                .collect { l -> l.substring('-force-attribute='.length(), l.length() - ':optnone'.length()) }
    }

    /**
     * The default finish's kept functions (x86-64, single target in out): each is instruction for
     * instruction what the same code-generation command (NAME.o's record, checked word for word up
     * to its input) makes of rustc's own bitcode, NAME.bc before llvm-link, compiled into reference.
     */
    static void checkKeptAsRustc(Class it, Map tc, File out, String crate, List<String> cflags, List<String> kept,
                                 File reference, int minLines = 2) {
        def major = tc['rustc.llvm.major']
        def argv = [tc['clang.path'], '--target=x86_64-linux-gnu'] + cflags + ['-Xclang', '-disable-llvm-optzns',
                '-Wno-override-module', '-Wno-unused-command-line-argument', '-c',
                new File(out, "${crate}.bc").path, '-o', reference.path]
        def cc = firstLine(it, new File(out, ".${crate}.o.cmd"))
        def prefix = argv.subList(0, argv.size() - 4)
        assert cc.startsWith('cmd ' + prefix.collect { quote(it.toString()) }.join(' ') + ' '): cc
        it.run(argv)
        def obj = new File(out, "${crate}.o")
        kept.each { f ->
            assert normalized(it, major, obj, f, minLines) == normalized(it, major, reference, f, minLines):
                    "${f}: not the code rustc optimized it to"
        }
    }

    /** bench/lib/disasm.awk, found from the ITs' tools folder by {@link #withTools}. */
    static File DISASM

    /** This class, with {@link #DISASM} set from the ITs' tools folder (the verify scripts' {@code itTools}). */
    static Class withTools(itTools) {
        DISASM = new File(itTools.toString(), '../../../bench/lib/disasm.awk').canonicalFile
        return FinishChecks
    }

    /**
     * finish=kernel: the kernel's command line, word for word (run in {@code workDir} when the
     * build set one, as Kbuild runs in the tree), and no opt output.
     */
    static void checkKernelCommand(Class it, Map tc, String target, String crate, List<String> cflags, File kout,
                                   File workDir = null) {
        def words = [tc['clang.path'], "--target=${CLANG_TARGETS[target]}"] + cflags +
                ['-Wno-override-module', '-Wno-unused-command-line-argument', '-c',
                 new File(kout, "${crate}.m.bc").path, '-o', new File(kout, "${crate}.o.tmp").path]
        def cd = workDir == null ? '' : "cd ${workDir} && "
        assert firstLine(it, new File(kout, ".${crate}.o.cmd"), workDir) ==
                'cmd ' + cd + words.collect { quote(it.toString()) }.join(' ')
        assert !new File(kout, "${crate}.i.bc").exists() && !new File(kout, ".${crate}.i.bc.cmd").exists()
    }

    /**
     * The default finish, focused (into target/kernel-rust-focused): the helpers compiled with
     * ThinLTO's pre-link pipeline (-flto=thin, where finish=kernel compiles them as the kernel does),
     * opt once with -O2's passes in every function and a final globaldce, then code generation only.
     * The object defines the functions finish=kernel's defines, and each is instruction for
     * instruction finish=kernel's, except those in {@code better}: the functions where the kernel's
     * fully optimized helper keeps a shape of its own. Those may differ, but may not be longer.
     */
    static void checkFocused(Class it, File basedir, String target, String crate, List<String> better = []) {
        def out = new File(basedir, "target/kernel-rust-focused/${target}")
        def kout = new File(basedir, "target/kernel-rust-kernel/${target}")
        def major = it.toolchain(out)['rustc.llvm.major']
        def opt = firstLine(it, new File(out, ".${crate}.i.bc.cmd"))
        assert opt.startsWith('cmd ') && opt.contains("'-passes=always-inline,function(sroa<modify-cfg>,"): opt
        def m = new File(out, "${crate}.m.bc")
        assert opt.endsWith("),globaldce' ${m} -o ${new File(out, "${crate}.i.bc.tmp")}"): opt
        assert !new File(out, "${crate}.c.bc").exists() && !new File(out, "${crate}.mark.rsp").exists()
        def helpers = firstLine(it, new File(out, '.helpers.bc.cmd'))
        assert helpers.contains(' -c -g0 -emit-llvm -flto=thin '): helpers
        def kernelHelpers = firstLine(it, new File(kout, '.helpers.bc.cmd'))
        assert kernelHelpers.contains(' -c -g0 -emit-llvm ') && !kernelHelpers.contains('-flto'): kernelHelpers

        sameAsKernel(it, major, target, new File(out, "${crate}.o"), new File(kout, "${crate}.o"), better)
    }

    /**
     * Checks that {@code obj} defines the functions finish=kernel's {@code kobj} defines, each
     * instruction for instruction the same, except those in {@code better}, which may differ but may
     * not be longer; returns the functions.
     */
    static List<String> sameAsKernel(Class it, String major, String label, File obj, File kobj, List<String> better = []) {
        def functions = definedFunctions(it, major, obj)
        assert functions == definedFunctions(it, major, kobj): "${label}: ${obj} and ${kobj} define other functions"
        assert DISASM != null && DISASM.isFile(): 'load FinishChecks with withTools(itTools)'
        functions.each { f ->
            // one instruction is a function too: a panic handler's `loop {}` is a jump to itself
            def mine = normalized(it, major, obj, f, 1)
            def kernels = normalized(it, major, kobj, f, 1)
            if (f in better) {
                assert mine.readLines().size() <= kernels.readLines().size():
                        "${label} ${f}: longer than finish=kernel's"
            } else {
                assert mine == kernels: "${label} ${f}: not what finish=kernel writes"
            }
        }
        return functions
    }

    /** The functions an object defines (llvm-nm T and t), sorted. */
    static List<String> definedFunctions(Class it, String major, File obj) {
        return it.run([it.llvmTool('llvm-nm', major), '--defined-only', obj.path]).readLines()
                .collect { l -> l.trim().split(/\s+/) }.findAll { w -> w.size() == 3 && w[1] in ['T', 't'] }
                .collect { w -> w[2] }.sort()
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
