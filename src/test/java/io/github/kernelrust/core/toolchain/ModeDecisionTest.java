package io.github.kernelrust.core.toolchain;

import static io.github.kernelrust.core.toolchain.FakeTools.probed;
import static io.github.kernelrust.core.toolchain.FakeTools.probedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import org.junit.jupiter.api.Test;

/** The mode decision for toolchains made of captured version outputs. */
class ModeDecisionTest {

    private static final Tool RUSTC_22 = probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"); // 22.1.8
    private static final Tool CLANG_22 = probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22"); // 22.1.8
    private static final Tool LINK_22 = probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link-22", "llvm-link-debian-22");
    private static final Tool NM_22 = probed(ToolKind.NM, "/usr/bin/llvm-nm-22", "llvm-nm-debian-22");
    private static final Tool CC = probed(ToolKind.CC, "/usr/bin/cc", "gcc-debian-12");

    private static Toolchain toolchain(Tool rustc, Tool clang, Tool llvmLink) {
        return new Toolchain(rustc, clang, llvmLink, NM_22, CC);
    }

    private static Tool llvmLink(String version) {
        return probedOutput(ToolKind.LLVM_LINK, "/opt/llvm/bin/llvm-link",
                FakeTools.fixture("llvm-link-debian-22").replace("22.1.8", version));
    }

    private static Tool clang(String version) {
        return probedOutput(ToolKind.CLANG, "/opt/llvm/bin/clang",
                FakeTools.fixture("clang-debian-22").replace("22.1.8", version));
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
        }
    }

    @Test
    void autoInlinesWhenRustcClangAndLlvmLinkShareAnLlvmMajor() {
        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, LINK_22), InlineHelpers.AUTO);

        assertEquals(Mode.INLINE, d.mode());
        assertTrue(d.compatible());
        assertNull(d.problem());
        assertSame(CLANG_22, d.cCompiler());
    }

    @Test
    void autoGoesOutOfLineWhenClangsMajorDiffersNamingBothVersionsAndPaths() {
        Tool clang18 = probed(ToolKind.CLANG, "/usr/bin/clang", "clang-ubuntu-18");
        Toolchain tc = toolchain(RUSTC_22, clang18, LINK_22);

        ModeDecision d = ModeDecision.decide(tc, InlineHelpers.AUTO);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "majors differ", "rustc /usr/bin/rustc (LLVM 22.1.8)",
                "clang /usr/bin/clang (LLVM 18.1.3)");
        assertSame(clang18, d.cCompiler());
        assertContains(d.fallbackWarning(tc), d.problem(), "kernelRust.llvm=-22", "clang-22");
    }

    @Test
    void autoGoesOutOfLineWhenLlvmLinkIsLlvm14NamingIt() {
        Tool link14 = probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link", "llvm-link-debian-14");

        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, link14), InlineHelpers.AUTO);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "llvm-link /usr/bin/llvm-link (LLVM 14.0.6)", "LLVM 22.1.8");
    }

    @Test
    void anLlvmLinkOfTheSameMajorButOlderThanRustcIsIncompatible() {
        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, llvmLink("22.1.2")), InlineHelpers.AUTO);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "older", "(LLVM 22.1.8)", "llvm-link /opt/llvm/bin/llvm-link (LLVM 22.1.2)");
    }

    @Test
    void anLlvmLinkOlderThanClangButNotRustcIsIncompatible() {
        Tool rustc2212 = probed(ToolKind.RUSTC, "/root/.cargo/bin/rustc", "rustc-rustup-1.95"); // 22.1.2

        ModeDecision d = ModeDecision.decide(toolchain(rustc2212, CLANG_22, llvmLink("22.1.4")), InlineHelpers.AUTO);

        assertFalse(d.compatible());
        assertContains(d.problem(), "older", "LLVM 22.1.8");
    }

    @Test
    void aClangOlderThanLlvmLinkIsIncompatibleBecauseItReadsLlvmLinksOutput() {
        Tool rustc2212 = probed(ToolKind.RUSTC, "/root/.cargo/bin/rustc", "rustc-rustup-1.95"); // 22.1.2

        ModeDecision d = ModeDecision.decide(toolchain(rustc2212, clang("22.1.4"), LINK_22), InlineHelpers.AUTO);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "clang is older than llvm-link", "(LLVM 22.1.4)", "(LLVM 22.1.8)");
    }

    @Test
    void anOlderRustcWithClangAndLlvmLinkOfOneReleaseIsCompatible() {
        Tool rustc2212 = probed(ToolKind.RUSTC, "/root/.cargo/bin/rustc", "rustc-rustup-1.95"); // 22.1.2

        ModeDecision d = ModeDecision.decide(toolchain(rustc2212, CLANG_22, LINK_22), InlineHelpers.AUTO);

        assertEquals(Mode.INLINE, d.mode());
        assertTrue(d.compatible());
    }

    @Test
    void trueWithAnIncompatibleToolchainFailsNamingEachToolPathAndVersion() {
        Tool link14 = probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link", "llvm-link-debian-14");

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, link14), InlineHelpers.TRUE));

        assertContains(e.getMessage(), "kernelRust.inlineHelpers=true", "/usr/bin/rustc", "22.1.8",
                "/usr/bin/clang-22", "/usr/bin/llvm-link", "14.0.6");
    }

    @Test
    void trueWithACompatibleToolchainInlines() {
        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, LINK_22), InlineHelpers.TRUE);

        assertEquals(Mode.INLINE, d.mode());
        assertSame(CLANG_22, d.cCompiler());
    }

    @Test
    void falseIsOutOfLineEvenWhenTheToolchainIsCompatible() {
        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, LINK_22), InlineHelpers.FALSE);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertTrue(d.compatible());
        assertNull(d.problem());
        assertSame(CLANG_22, d.cCompiler());
    }

    @Test
    void withoutClangHelpersGoOutOfLineCompiledByCc() {
        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, null, LINK_22), InlineHelpers.AUTO);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "no clang");
        assertSame(CC, d.cCompiler());
    }

    @Test
    void withoutLlvmLinkHelpersGoOutOfLineCompiledByClang() {
        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, CLANG_22, null), InlineHelpers.AUTO);

        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertContains(d.problem(), "no llvm-link");
        assertSame(CLANG_22, d.cCompiler());
    }

    @Test
    void withoutClangAndWithoutCcThereIsNothingToCompileTheHelpers() {
        Toolchain tc = new Toolchain(RUSTC_22, null, LINK_22, NM_22, null);

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> ModeDecision.decide(tc, InlineHelpers.AUTO));

        assertContains(e.getMessage(), "neither clang nor cc", "kernelRust.cc");
    }

    @Test
    void appleClangWhichNamesNoLlvmVersionIsIncompatible() {
        Tool apple = probed(ToolKind.CLANG, "/usr/bin/clang", "clang-apple-15");

        ModeDecision d = ModeDecision.decide(toolchain(RUSTC_22, apple, LINK_22), InlineHelpers.AUTO);

        assertNull(apple.llvm());
        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "must be known", "no LLVM version: Apple clang version 15.0.0");
    }

    @Test
    void aRustcThatReportsNoLlvmVersionIsIncompatible() {
        Tool rustc = probedOutput(ToolKind.RUSTC, "/opt/rustc",
                FakeTools.fixture("rustc-debian-1.96").replace("LLVM version: 22.1.8", ""));

        ModeDecision d = ModeDecision.decide(toolchain(rustc, CLANG_22, LINK_22), InlineHelpers.AUTO);

        assertNull(rustc.llvm());
        assertEquals(Mode.OUT_OF_LINE, d.mode());
        assertFalse(d.compatible());
        assertContains(d.problem(), "rustc /opt/rustc does not report its LLVM version");
    }

    @Test
    void inlineHelpersParsesAutoTrueAndFalse() {
        assertEquals(InlineHelpers.AUTO, InlineHelpers.parse(null));
        assertEquals(InlineHelpers.AUTO, InlineHelpers.parse(""));
        assertEquals(InlineHelpers.AUTO, InlineHelpers.parse("auto"));
        assertEquals(InlineHelpers.TRUE, InlineHelpers.parse(" TRUE "));
        assertEquals(InlineHelpers.FALSE, InlineHelpers.parse("false"));
        assertEquals("auto", InlineHelpers.AUTO.toString());
    }

    @Test
    void inlineHelpersRejectsAnythingElseNamingTheValue() {
        KernelRustException e = assertThrows(KernelRustException.class, () -> InlineHelpers.parse("always"));

        assertContains(e.getMessage(), "kernelRust.inlineHelpers is 'always'", "auto", "true", "false");
    }

    @Test
    void rustcClangLlvmCompatibleComparesOnlyRustcAndClangMajors() {
        assertTrue(toolchain(RUSTC_22, CLANG_22, LINK_22).rustcClangLlvmCompatible());
        // llvm-link is not part of the kernel's RUSTC_CLANG_LLVM_COMPATIBLE
        assertTrue(toolchain(RUSTC_22, clang("22.0.1"), llvmLink("14.0.6")).rustcClangLlvmCompatible());
        assertFalse(toolchain(RUSTC_22, probed(ToolKind.CLANG, "/usr/bin/clang", "clang-ubuntu-18"), LINK_22)
                .rustcClangLlvmCompatible());
        assertFalse(toolchain(RUSTC_22, probed(ToolKind.CLANG, "/usr/bin/clang", "clang-apple-15"), LINK_22)
                .rustcClangLlvmCompatible());
        assertFalse(toolchain(RUSTC_22, null, LINK_22).rustcClangLlvmCompatible());
    }
}
