package io.github.kernelrust.core.build;

import static io.github.kernelrust.core.toolchain.FakeTools.probed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.inlining.Reoptimization;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.InlineHelpers;
import io.github.kernelrust.core.toolchain.FakeTools;
import io.github.kernelrust.core.toolchain.ModeDecision;
import io.github.kernelrust.core.toolchain.SearchPath;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.ToolKind;
import io.github.kernelrust.core.toolchain.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinishStepTest {

    @TempDir
    Path dir;

    private static final Path OUT = Path.of("/build/kernel-rust");
    private static final List<String> CFLAGS = List.of("-O2", "-fno-delete-null-pointer-checks", "-I/inc");

    private static BuildSettings settings(FinishStep finish) {
        return new BuildSettings(OUT, Target.of("x86_64", null, null), List.of(Path.of("/p/helpers/a.c")),
                List.of(), CFLAGS, List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())),
                List.of(new CrateSpec("krate", Path.of("/p/lib.rs"), List.of(), true, HelperVariant.DEFAULT, "2021", List.of())),
                List.of("-O"), CoreFromSource.AUTO, Path.of("/cache"), finish, GenerateBindings.AUTO, false, Wrap.NONE,
                true);
    }

    private static Detection detection() {
        Toolchain tc = new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"),
                probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22"),
                probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link-22", "llvm-link-debian-22"), null, null);
        return new Detection(tc, ModeDecision.decide(tc, InlineHelpers.AUTO));
    }

    @Test
    void focusedIsTheDefault() {
        assertEquals(FinishStep.FOCUSED, FinishStep.parse(null));
        assertEquals(FinishStep.FOCUSED, FinishStep.parse(""));
        assertEquals(FinishStep.FOCUSED, FinishStep.parse("  "));
        for (FinishStep f : FinishStep.values()) {
            assertEquals(f == FinishStep.FOCUSED, f.isDefault(), f.value());
        }
    }

    @Test
    void parsesEveryValueInAnyCase() {
        assertEquals(FinishStep.KERNEL, FinishStep.parse("Kernel"));
        assertEquals(FinishStep.FOCUSED, FinishStep.parse(" FOCUSED "));
        assertEquals(FinishStep.FAST, FinishStep.parse("fast"));
        assertEquals(FinishStep.SELECTIVE, FinishStep.parse("Selective"));
        for (FinishStep f : FinishStep.values()) {
            assertEquals(f, FinishStep.parse(f.value()));
        }
    }

    @Test
    void anUnknownValueNamesItAndEveryValidOne() {
        KernelRustException e = assertThrows(KernelRustException.class, () -> FinishStep.parse("lto"));

        assertTrue(e.getMessage().startsWith("kernelRust.finish is 'lto'"), e.getMessage());
        for (FinishStep f : FinishStep.values()) {
            assertTrue(e.getMessage().contains(f.value() + " ("), e.getMessage());
        }
    }

    @Test
    void kernelRunsNoOptAndCompilesTheMergedModuleAsTheKernelDoes() {
        BuildSettings s = settings(FinishStep.KERNEL);
        CrateSpec c = s.crates().get(0);

        Step step = BitcodeLinker.finish(s, FinishStep.KERNEL, detection(), c);

        assertFalse(FinishStep.KERNEL.runsOpt());
        assertThrows(IllegalStateException.class, FinishStep.KERNEL::optPasses);
        assertEquals(List.of("/usr/bin/clang-22", "--target=x86_64-linux-gnu", "-O2", "-fno-delete-null-pointer-checks",
                "-I/inc", "-Wno-override-module", "-Wno-unused-command-line-argument", "-c", OUT + "/krate.m.bc", "-o",
                OUT + "/krate.o.tmp"), step.command().argv());
    }

    @Test
    void optFinishesInlineIntoTheIntermediateModuleThenOnlyGenerateCode() {
        for (FinishStep f : List.of(FinishStep.FOCUSED, FinishStep.FAST, FinishStep.SELECTIVE)) {
            BuildSettings s = settings(f);
            CrateSpec c = s.crates().get(0);

            Step inline = BitcodeLinker.inline(s, f, Path.of("/usr/lib/llvm-22/bin/opt"), c);
            Step finish = BitcodeLinker.finish(s, f, detection(), c);

            assertEquals(List.of("/usr/lib/llvm-22/bin/opt", "-passes=" + f.optPasses(), OUT + "/krate.m.bc", "-o",
                    OUT + "/krate.i.bc.tmp"), inline.command().argv());
            assertEquals(List.of("/usr/bin/clang-22", "--target=x86_64-linux-gnu", "-O2",
                    "-fno-delete-null-pointer-checks", "-I/inc", "-Xclang", "-disable-llvm-optzns", "-Wno-override-module",
                    "-Wno-unused-command-line-argument", "-c", OUT + "/krate.i.bc", "-o", OUT + "/krate.o.tmp"),
                    finish.command().argv());
        }
    }

    @Test
    void everyOptPipelineStartsByInliningTheAlwaysInlineHelpers() {
        assertTrue(FinishStep.FOCUSED.optPasses().startsWith("always-inline,"));
        assertTrue(FinishStep.FAST.optPasses().startsWith("always-inline,"));
        // what sets focused apart from fast: the loop optimizations that a helper call prevented
        assertTrue(FinishStep.FOCUSED.optPasses().contains("loop-vectorize,slp-vectorizer,loop-unroll,"));
        assertFalse(FinishStep.FAST.optPasses().contains("loop-"));
        // and both end as -O2 does, dropping the C functions nothing calls once the helpers are inlined
        assertTrue(FinishStep.FOCUSED.optPasses().endsWith("),globaldce"));
        assertTrue(FinishStep.FAST.optPasses().endsWith("),globaldce"));
    }

    @Test
    void focusedRunsO2sInlinerWhenTheHelpersCallCFunctionsAnInlinerMayInline() {
        List<String> callee = List.of("shared_dequeue");
        Reoptimization all = new Reoptimization(List.of("drain"), List.of(), List.of(), callee);
        Reoptimization mixed = new Reoptimization(List.of("drain"), List.of("plain"), List.of(), callee);
        Reoptimization none = new Reoptimization(List.of(), List.of("plain"), List.of(), callee);

        String inlining = FinishStep.FOCUSED.optPasses(all);

        assertTrue(inlining.startsWith("always-inline,cgscc(devirt<4>(inline,function(sroa<modify-cfg>,"), inlining);
        assertTrue(inlining.contains(",loop-vectorize,"), inlining);
        assertTrue(inlining.endsWith("),globaldce"), inlining);
        // no module pass that would change the functions optnone keeps
        for (String modulePass : List.of("ipsccp", "globalopt", "deadargelim", "called-value-propagation")) {
            assertFalse(inlining.contains(modulePass), modulePass);
        }
        // with kept functions, their marks first, as without the inliner
        assertEquals("forceattrs," + inlining, FinishStep.FOCUSED.optPasses(mixed));
        assertEquals(FinishStep.FOCUSED.optPasses(choice(List.of(), List.of("plain"))),
                FinishStep.FOCUSED.optPasses(none));
        // without such C functions, focused's own pipeline, unchanged
        assertEquals(FinishStep.FOCUSED.optPasses(), FinishStep.FOCUSED.optPasses(choice(List.of("drain"), List.of())));
        // the other finishes do not look at it
        for (FinishStep f : List.of(FinishStep.FAST, FinishStep.SELECTIVE)) {
            assertEquals(f.optPasses(choice(List.of("drain"), List.of("plain"))), f.optPasses(mixed), f.value());
        }
    }

    @Test
    void onlyTheDefaultCompilesTheHelpersForThinLtosLink() {
        assertEquals(List.of("-flto=thin"), FinishStep.FOCUSED.helperFlags());
        for (FinishStep f : List.of(FinishStep.KERNEL, FinishStep.SELECTIVE, FinishStep.FAST)) {
            assertEquals(List.of(), f.helperFlags(), f.value());
        }
    }

    private static final Path OPT = Path.of("/usr/lib/llvm-22/bin/opt");

    /** A choice of functions to optimize again and to keep (none had noinline). */
    private static Reoptimization choice(List<String> again, List<String> kept) {
        return new Reoptimization(again, kept, List.of());
    }

    /** The opt runs a finish that marks functions gives the test crate for that choice. */
    private static List<Step> optRuns(FinishStep finish, Reoptimization r) {
        BuildSettings s = settings(finish);
        return BitcodeLinker.inlineSelectively(s, finish, OPT, s.crates().get(0), r);
    }

    @Test
    void selectiveMarksTheKeptFunctionsThenOptimizesTheOthersAgainAndUnmarks() {
        Reoptimization mixed = choice(List.of("loop_plain"), List.of("loop_locked"));

        List<Step> steps = optRuns(FinishStep.SELECTIVE, mixed);

        assertEquals(2, steps.size());
        assertEquals(List.of(OPT.toString(),
                "-passes=always-inline,function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg),forceattrs",
                "@" + OUT + "/krate.mark.rsp", OUT + "/krate.m.bc", "-o", OUT + "/krate.c.bc.tmp"),
                steps.get(0).command().argv());
        assertEquals(List.of(OPT.toString(), "-passes=" + FinishStep.reoptimizePasses(), "@" + OUT + "/krate.unmark.rsp",
                OUT + "/krate.c.bc", "-o", OUT + "/krate.i.bc.tmp"), steps.get(1).command().argv());
        assertTrue(FinishStep.reoptimizePasses().startsWith("function(sroa<modify-cfg>,"));
        assertTrue(FinishStep.reoptimizePasses()
                .endsWith("loop-vectorize,slp-vectorizer,loop-unroll,instcombine<no-verify-fixpoint>),forceattrs,globaldce"));
        // the response files are inputs: a different choice runs the step again
        assertEquals(List.of(OUT.resolve("krate.m.bc"), OUT.resolve("krate.mark.rsp")),
                List.copyOf(steps.get(0).inputs().get()));
    }

    @Test
    void selectiveRunsOptOnceWhenEveryFunctionOrNoneIsOptimizedAgain() {
        Reoptimization all = choice(List.of("a", "b"), List.of());
        Reoptimization none = choice(List.of(), List.of("a", "b"));

        List<Step> everyFunction = optRuns(FinishStep.SELECTIVE, all);
        List<Step> noFunction = optRuns(FinishStep.SELECTIVE, none);

        assertEquals(List.of(OPT.toString(), "-passes=" + FinishStep.FOCUSED.optPasses(), OUT + "/krate.m.bc", "-o",
                OUT + "/krate.i.bc.tmp"), everyFunction.get(0).command().argv());
        assertEquals(List.of(OPT.toString(), "-passes=" + FinishStep.FAST.optPasses(), OUT + "/krate.m.bc", "-o",
                OUT + "/krate.i.bc.tmp"), noFunction.get(0).command().argv());
        assertEquals(1, everyFunction.size());
        assertEquals(1, noFunction.size());
    }

    @Test
    void focusedMarksTheFunctionsThatCallNoHelperThenOnlyUnmarksThem() {
        Reoptimization mixed = choice(List.of("calls_helper"), List.of("calls_none"));

        List<Step> steps = optRuns(FinishStep.FOCUSED, mixed);

        assertEquals(2, steps.size());
        assertEquals(List.of(OPT.toString(), "-passes=forceattrs," + FinishStep.FOCUSED.optPasses(),
                "@" + OUT + "/krate.mark.rsp", OUT + "/krate.m.bc", "-o", OUT + "/krate.c.bc.tmp"),
                steps.get(0).command().argv());
        assertEquals(List.of(OPT.toString(), "-passes=forceattrs", "@" + OUT + "/krate.unmark.rsp",
                OUT + "/krate.c.bc", "-o", OUT + "/krate.i.bc.tmp"), steps.get(1).command().argv());
        assertEquals(List.of(OUT.resolve("krate.c.bc"), OUT.resolve("krate.unmark.rsp")),
                List.copyOf(steps.get(1).inputs().get()));
    }

    @Test
    void focusedRunsOptOnceWhenEveryFunctionCallsAHelperOrNoneDoes() {
        BuildSettings s = settings(FinishStep.FOCUSED);
        Reoptimization all = choice(List.of("a", "b"), List.of());
        Reoptimization none = choice(List.of(), List.of("a", "b"));

        List<Step> everyFunction = optRuns(FinishStep.FOCUSED, all);
        List<Step> noFunction = optRuns(FinishStep.FOCUSED, none);

        // every function: exactly the one-run command focused always had
        assertEquals(List.of(BitcodeLinker.inline(s, FinishStep.FOCUSED, OPT, s.crates().get(0)).command().argv()),
                everyFunction.stream().map(st -> st.command().argv()).toList());
        // none: nothing to optimize again, only the helpers nothing calls to drop
        assertEquals(List.of(OPT.toString(), "-passes=always-inline,globaldce", OUT + "/krate.m.bc", "-o",
                OUT + "/krate.i.bc.tmp"), noFunction.get(0).command().argv());
        assertEquals(1, noFunction.size());
    }

    @Test
    void onlyFocusedAndSelectiveMarkFunctionsAndHaveASecondRun() {
        assertTrue(FinishStep.FOCUSED.marksFunctions());
        assertTrue(FinishStep.SELECTIVE.marksFunctions());
        assertEquals("forceattrs", FinishStep.FOCUSED.secondPasses());
        assertEquals(FinishStep.reoptimizePasses(), FinishStep.SELECTIVE.secondPasses());
        assertEquals("Unmarking the functions of crate k that call no helper", FinishStep.FOCUSED.secondRunDoes("k"));
        assertEquals("Optimizing again the functions of crate k where a helper landed",
                FinishStep.SELECTIVE.secondRunDoes("k"));
        for (FinishStep f : List.of(FinishStep.KERNEL, FinishStep.FAST)) {
            assertFalse(f.marksFunctions(), f.value());
            assertThrows(IllegalStateException.class, f::secondPasses, f.value());
            assertThrows(IllegalStateException.class, () -> f.secondRunDoes("k"), f.value());
        }
    }

    @Test
    void theDefaultFinishWithoutOptFailsBeforeAnyStepRunsAndSaysWhatToDo() throws Exception {
        // llvm-link, clang and nm where no opt sits beside them, and a PATH with no opt either
        Path bin = dir.resolve("bin");
        Toolchain tc = new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"),
                probed(ToolKind.CLANG, FakeTools.tool(bin, "clang", "clang-debian-22").toString(), "clang-debian-22"),
                probed(ToolKind.LLVM_LINK, FakeTools.tool(bin, "llvm-link", "llvm-link-debian-22").toString(),
                        "llvm-link-debian-22"), null, null);
        Detection d = new Detection(tc, ModeDecision.decide(tc, InlineHelpers.AUTO));
        Path out = dir.resolve("out");
        BuildSettings s = new BuildSettings(out, Target.of("x86_64", null, null), List.of(dir.resolve("a.c")),
                List.of(), CFLAGS, List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())),
                List.of(new CrateSpec("krate", dir.resolve("lib.rs"), List.of(), true, HelperVariant.DEFAULT, "2021",
                        List.of())), List.of("-O"), CoreFromSource.AUTO, dir.resolve("cache"), FinishStep.parse(null),
                GenerateBindings.AUTO, false, Wrap.NONE, true);
        Pipeline p = new Pipeline(s, d, new ProcessRunner(), SearchPath.of(Files.createDirectories(dir.resolve("path"))
                .toString(), dir.resolve("no-llvm-root")), BuildLog.SILENT);

        KernelRustException e = assertThrows(KernelRustException.class, p::link);

        assertEquals("kernelRust.finish=focused (the default) needs LLVM's opt and found none beside llvm-link or on"
                + " PATH. Install llvm-22 (apt-get install llvm-22) or set kernelRust.finish=kernel, which needs only"
                + " clang.", e.getMessage());
        assertFalse(Files.exists(out.resolve("krate.m.bc")) || Files.exists(out.resolve(".krate.m.bc.cmd")));
    }

    @Test
    void focusedGivesWayToTheKernelsCommandWhenCflagsAreNotPlainO2() {
        assertEquals(FinishStep.FOCUSED, FinishStep.FOCUSED.with(List.of("-O2", "-fno-delete-null-pointer-checks")));
        assertEquals(FinishStep.FOCUSED, FinishStep.FOCUSED.with(List.of("-Os", "-g0", "-O2", "-mcmodel=kernel")));
        assertEquals(FinishStep.KERNEL, FinishStep.FOCUSED.with(List.of("-O2", "-Os")));
        assertEquals(FinishStep.KERNEL, FinishStep.FOCUSED.with(List.of("-O3")));
        assertEquals(FinishStep.KERNEL, FinishStep.FOCUSED.with(List.of("-fno-delete-null-pointer-checks")));
        assertEquals(FinishStep.KERNEL, FinishStep.FOCUSED.with(List.of("-O2", "-fno-unroll-loops")));
        assertEquals(FinishStep.KERNEL, FinishStep.FOCUSED.with(List.of("-O2", "-fsanitize=kcfi")));
        assertEquals(FinishStep.KERNEL, FinishStep.FOCUSED.with(List.of("-O2", "-mllvm", "-x86-indirect-branch-cs-prefix")));
        assertEquals(FinishStep.SELECTIVE, FinishStep.SELECTIVE.with(List.of("-O2", "-fno-delete-null-pointer-checks")));
        assertEquals(FinishStep.KERNEL, FinishStep.SELECTIVE.with(List.of("-O2", "-Os")));
        // fast and kernel make no promise that depends on the cflags
        assertEquals(FinishStep.FAST, FinishStep.FAST.with(List.of("-Os")));
        assertEquals(FinishStep.KERNEL, FinishStep.KERNEL.with(List.of("-O2")));
        assertEquals("-Os", FinishStep.focusedDiffersFromKernel(List.of("-O2", "-Os")));
        assertEquals("-fprofile-generate", FinishStep.focusedDiffersFromKernel(List.of("-O2", "-fprofile-generate")));
        assertEquals("no -O option (clang's -O0)", FinishStep.focusedDiffersFromKernel(List.of("-g")));
    }
}
