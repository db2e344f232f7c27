package io.github.kernelrust.core.build;

import static io.github.kernelrust.core.toolchain.FakeTools.probed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.InlineHelpers;
import io.github.kernelrust.core.toolchain.ModeDecision;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.ToolKind;
import io.github.kernelrust.core.toolchain.Toolchain;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelperCompilerTest {

    private static final Path OUT = Path.of("/build/kernel-rust");
    private static final HelperVariant DEFAULT = new HelperVariant(HelperVariant.DEFAULT, List.of());
    private static final HelperVariant MODULE = new HelperVariant("helpers_module", List.of("MODULE"));

    private static BuildSettings settings(List<Path> helpers) {
        return settings(helpers, FinishStep.KERNEL, List.of("-O2", "-Wmissing-prototypes", "-fno-builtin-wcslen"));
    }

    private static BuildSettings settings(List<Path> helpers, FinishStep finish, List<String> cflags) {
        return new BuildSettings(OUT, Target.of("x86_64", null, null), helpers, List.of(Path.of("/inc dir")),
                cflags, List.of("-Wmissing-prototypes"),
                List.of(DEFAULT, MODULE), List.of(), List.of("-O"), CoreFromSource.AUTO, Path.of("/cache"),
                finish, GenerateBindings.AUTO, false, Wrap.NONE, true);
    }

    /** rustc, clang and llvm-link of one LLVM: inline mode. */
    private static Detection inlineDetection() {
        Toolchain tc = new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"),
                probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22"),
                probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link-22", "llvm-link-debian-22"), null, null);
        return new Detection(tc, ModeDecision.decide(tc, InlineHelpers.AUTO));
    }

    private static List<String> includes(String unity) {
        return unity.lines().filter(l -> l.startsWith("#include ")).toList();
    }

    @Test
    void unityIncludesTheConfiguredSourcesInSortedAbsoluteOrder() {
        BuildSettings s = settings(List.of(Path.of("/p/src/main/helpers/spinlock.c"),
                Path.of("/p/src/main/helpers/mutex.c"), Path.of("/p/src/main/helpers/atomic/refcount.c")));

        String unity = HelperCompiler.unity(s.helperSources());

        assertEquals(List.of("#include \"/p/src/main/helpers/atomic/refcount.c\"",
                "#include \"/p/src/main/helpers/mutex.c\"",
                "#include \"/p/src/main/helpers/spinlock.c\""), includes(unity));
    }

    @Test
    void unitySortsByNormalizedPathWhateverOrderItIsGiven() {
        String unity = HelperCompiler.unity(List.of(Path.of("/proj/src/main/helpers/a.c"), Path.of("/proj/../shared/b.c")));

        assertEquals(List.of("#include \"/proj/src/main/helpers/a.c\"", "#include \"/shared/b.c\""), includes(unity));
    }

    @Test
    void unityNamesRelativeSourcesByTheirNormalizedAbsolutePath() {
        String unity = HelperCompiler.unity(List.of(Path.of("src/main/helpers/../helpers/a b.c")));

        Path expected = Path.of("src/main/helpers/a b.c").toAbsolutePath();
        assertEquals(List.of("#include \"" + expected + "\""), includes(unity));
    }

    @Test
    void unityRejectsAPathWithADoubleQuote() {
        Path bad = Path.of("/p/src/main/helpers/say\"hi\".c");

        KernelRustException e = assertThrows(KernelRustException.class, () -> HelperCompiler.unity(List.of(bad)));

        assertTrue(e.getMessage().startsWith("Helper source " + bad), e.getMessage());
    }

    @Test
    void unityRejectsABackslashOrALineBreak() {
        assertThrows(KernelRustException.class, () -> HelperCompiler.unity(List.of(Path.of("/p/a\\b.c"))));
        assertThrows(KernelRustException.class, () -> HelperCompiler.unity(List.of(Path.of("/p/a\nb.c"))));
    }

    @Test
    void inlineModeEmitsBitcodeWithClangForTheTargetWithoutTheRemovedFlags() {
        Detection d = inlineDetection();

        Step step = HelperCompiler.step(settings(List.of()), d, MODULE, OUT.resolve("helpers.c"),
                OUT.resolve("include/rust_helper.h"));

        List<String> argv = step.command().argv();
        assertEquals("/usr/bin/clang-22", argv.get(0));
        assertTrue(argv.contains("--target=x86_64-linux-gnu"), argv.toString());
        assertTrue(argv.contains("-emit-llvm"), argv.toString());
        assertTrue(argv.contains("-DMODULE"), argv.toString());
        assertTrue(argv.contains("-fno-builtin-wcslen"), argv.toString());
        assertFalse(argv.contains("-Wmissing-prototypes"), argv.toString());
        assertEquals(List.of(OUT.resolve("helpers_module.bc")), step.outputs());
        assertEquals(List.of("-o", OUT.resolve("helpers_module.bc.tmp").toString()),
                argv.subList(argv.size() - 2, argv.size()));
        assertEquals("HELPER helpers_module.bc", step.command().label());
    }

    @Test
    void theDefaultFinishCompilesTheHelpersWithThinLtosPreLinkPipelineAndTheOthersAsTheKernel() {
        Detection d = inlineDetection();
        List<String> o2 = List.of("-O2", "-fno-builtin-wcslen");

        for (FinishStep f : FinishStep.values()) {
            List<String> argv = HelperCompiler.step(settings(List.of(), f, o2), d, DEFAULT, OUT.resolve("helpers.c"),
                    OUT.resolve("include/rust_helper.h")).command().argv();
            assertEquals(f == FinishStep.FOCUSED, argv.contains("-flto=thin"), f + ": " + argv);
        }
        // with -Os the focused finish runs the kernel's command, so the helpers are compiled as the kernel does
        List<String> os = HelperCompiler.step(settings(List.of(), FinishStep.FOCUSED, List.of("-Os")), d, DEFAULT,
                OUT.resolve("helpers.c"), OUT.resolve("include/rust_helper.h")).command().argv();
        assertFalse(os.contains("-flto=thin"), os.toString());
    }

    @Test
    void outOfLineModeWithoutClangCompilesAnObjectWithCc() {
        Toolchain tc = new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"), null, null, null,
                probed(ToolKind.CC, "/usr/bin/cc", "gcc-debian-12"));
        Detection d = new Detection(tc, ModeDecision.decide(tc, InlineHelpers.AUTO));

        Step step = HelperCompiler.step(settings(List.of()), d, DEFAULT, OUT.resolve("helpers.c"),
                OUT.resolve("include/rust_helper.h"));

        List<String> argv = step.command().argv();
        assertEquals("/usr/bin/cc", argv.get(0));
        assertFalse(argv.stream().anyMatch(a -> a.startsWith("--target=")), argv.toString());
        assertFalse(argv.contains("-emit-llvm"), argv.toString());
        assertEquals(List.of(OUT.resolve("helpers.o")), step.outputs());
    }

    @Test
    void clangRunsInTheProjectAndNamesTheUnitySourceFromThere() {
        // the bitcode's source_filename is the name clang is given: the same from any checkout folder
        Toolchain tc = new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"), null, null, null,
                probed(ToolKind.CC, "/usr/bin/cc", "gcc-debian-12"));
        Detection d = new Detection(tc, ModeDecision.decide(tc, InlineHelpers.AUTO));
        Path project = Path.of("/build");

        Step step = HelperCompiler.step(kbuild(project, null, List.of(), List.of()), d, DEFAULT,
                OUT.resolve("helpers.c"), OUT.resolve("include/rust_helper.h"));

        assertEquals(project, step.command().workDir());
        List<String> argv = step.command().argv();
        assertTrue(argv.contains("kernel-rust/helpers.c"), argv.toString());
        assertTrue(argv.contains("-ffile-prefix-map=/build=."), argv.toString());
    }

    @Test
    void theUnitySourceIncludesTheProjectsHelpersRelativelyAndClangNamesThemAsBefore() {
        // /build holds target/kernel-rust: the unity's text is the same from any checkout folder, and
        // the prefix map makes target/kernel-rust/../../src/x.c read ./src/x.c, as the absolute name did
        BuildSettings s = kbuild(Path.of("/build"), null, List.of(), List.of());
        BuildSettings inProject = new BuildSettings(Path.of("/build/target/kernel-rust"), s.target(),
                List.of(Path.of("/build/src/main/helpers/a.c"), Path.of("/shared/b.c")), s.includes(), s.cflags(),
                s.cflagsRemove(), s.helperVariants(), s.crates(), s.rustflags(), s.coreFromSource(), s.coreCache(),
                s.finish(), s.bindings(), s.bindingsCNames(), s.wrap(), s.rustcBootstrap(), s.projectDirectory(), null,
                List.of(), List.of());

        assertEquals(List.of("#include \"../../src/main/helpers/a.c\"", "#include \"/shared/b.c\""),
                includes(HelperCompiler.unity(inProject.helperSources(), inProject)));
        assertTrue(HelperCompiler.flags(inProject, probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22"),
                DEFAULT, null).contains("-ffile-prefix-map=target/kernel-rust/../../=./"));
    }

    @Test
    void anOutputDirectoryOutsideTheProjectKeepsAbsoluteIncludesAndNoExtraMap() {
        BuildSettings s = settings(List.of(Path.of("/p/src/main/helpers/a.c")));
        assertEquals(List.of("#include \"/p/src/main/helpers/a.c\""), includes(HelperCompiler.unity(s.helperSources(), s)));
        assertFalse(HelperCompiler.flags(s, probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22"), DEFAULT,
                null).stream().anyMatch(f -> f.contains("/../")));
    }

    private static BuildSettings kbuild(Path project, Path tree, List<Path> includes, List<String> pkgCflags) {
        return new BuildSettings(OUT, Target.of("x86_64", null, null), List.of(), includes, List.of("-I./include",
                "-include", "./include/linux/compiler-version.h"), List.of(), List.of(DEFAULT), List.of(), List.of(),
                CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL, GenerateBindings.AUTO, false, Wrap.NONE, true,
                project, tree, List.of("python3-embed"), pkgCflags);
    }

    @Test
    void inAWorkingDirectoryTheHelpersCompileThereWithTheFlagsAsPastedAndPkgConfigsLast() {
        BuildSettings s = kbuild(Path.of("/project"), Path.of("/linux"), List.of(Path.of("arch/x86/include")),
                List.of("-I/usr/include/python3.11"));
        Detection d = new Detection(new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"),
                probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22"), null, null, null),
                new ModeDecision(io.github.kernelrust.core.toolchain.Mode.INLINE, true, null, null));

        Step step = HelperCompiler.step(s, d, DEFAULT, OUT.resolve("helpers.c"), OUT.resolve("include/rust_helper.h"),
                List.of());

        assertEquals(Path.of("/linux"), step.command().workDir());
        List<String> argv = step.command().argv();
        assertTrue(argv.containsAll(List.of("-I./include", "-include", "./include/linux/compiler-version.h")));
        int include = argv.indexOf("/linux/arch/x86/include");
        assertTrue(include > 0 && argv.get(include - 1).equals("-I"), argv.toString());
        assertEquals(include + 1, argv.indexOf("-I/usr/include/python3.11"), argv.toString());
    }

    @Test
    void anIncludeDirectoryThatDoesNotExistIsAnErrorNamingIt(@org.junit.jupiter.api.io.TempDir Path project)
            throws Exception {
        java.nio.file.Files.createDirectories(project.resolve("src/main/include"));
        BuildSettings s = kbuild(project, null, List.of(Path.of("src/main/include"), Path.of("src/main/inclde")),
                List.of());

        KernelRustException e = assertThrows(KernelRustException.class, s::checkIncludes);

        assertTrue(e.getMessage().startsWith("Include directory [" + project.resolve("src/main/inclde")
                + "] does not exist"), e.getMessage());
        kbuild(project, null, List.of(Path.of("src/main/include")), List.of()).checkIncludes();
    }
}
