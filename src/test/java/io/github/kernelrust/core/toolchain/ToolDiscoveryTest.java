package io.github.kernelrust.core.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery against fake tools: scripts in temporary PATH directories and a temporary LLVM root. */
class ToolDiscoveryTest {

    @TempDir
    Path root;

    private Path bin;
    private Path llvmRoot;
    private final List<String> warnings = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void debug(String message) {
        }

    };

    @BeforeEach
    void rustcOnPath() {
        bin = root.resolve("bin");
        llvmRoot = root.resolve("lib");
        FakeTools.tool(bin, "rustc", "rustc-debian-1.96"); // LLVM 22.1.8
    }

    private Toolchain discover(ToolRequest request, Path... path) {
        SearchPath searchPath = new SearchPath(List.of(path), llvmRoot);
        return new ToolDiscovery(searchPath, new ToolProbe(new ProcessRunner()), log).discover(request);
    }

    private Toolchain discover(ToolRequest request) {
        return discover(request, bin);
    }

    private static ToolRequest llvm(String value) {
        return new ToolRequest(value, Map.of());
    }

    private static String llvmOf(Tool tool) {
        return String.valueOf(tool.llvm());
    }

    @Test
    void autoPicksTheUnversionedToolWhenItsMajorMatchesRustc() {
        FakeTools.tool(bin, "clang", "clang-debian-22");
        FakeTools.tool(bin, "clang-22", "clang-debian-22");
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-22");
        FakeTools.tool(bin, "llvm-nm", "llvm-nm-debian-22");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(bin.resolve("rustc"), tc.rustc().path());
        assertEquals("22.1.8", llvmOf(tc.rustc()));
        assertEquals(bin.resolve("clang"), tc.clang().path());
        assertEquals(bin.resolve("llvm-link"), tc.llvmLink().path());
        assertEquals(bin.resolve("llvm-nm"), tc.nm().path());
        assertEquals("22.1.8", llvmOf(tc.nm()));
    }

    @Test
    void autoSkipsAnUnversionedLlvm14LlvmLinkForLlvmLink22OnPath() {
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-14");
        FakeTools.tool(bin, "llvm-link-22", "llvm-link-debian-22");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(bin.resolve("llvm-link-22"), tc.llvmLink().path());
        assertEquals("22.1.8", llvmOf(tc.llvmLink()));
    }

    @Test
    void autoFallsToTheVersionedLlvmTreeWhenOnlyItMatches() {
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-14");
        FakeTools.tool(llvmRoot.resolve("llvm-14/bin"), "llvm-link", "llvm-link-debian-14");
        Path tree = FakeTools.tool(llvmRoot.resolve("llvm-22/bin"), "llvm-link", "llvm-link-debian-22");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(tree, tc.llvmLink().path());
        assertEquals("22.1.8", llvmOf(tc.llvmLink()));
    }

    @Test
    void autoKeepsAToolOfAnotherMajorWhenNoneMatchesSoTheModeDecisionCanNameIt() {
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-14");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(bin.resolve("llvm-link"), tc.llvmLink().path());
        assertEquals("14.0.6", llvmOf(tc.llvmLink()));
    }

    @Test
    void autoRespectsPathOrder() {
        Path first = root.resolve("z-first");
        Path second = root.resolve("a-second");
        FakeTools.tool(second, "clang", "clang-debian-22");
        FakeTools.tool(first, "clang", "clang-debian-22");

        Toolchain tc = discover(ToolRequest.auto(), first, second, bin);

        assertEquals(first.resolve("clang"), tc.clang().path());
    }

    @Test
    void llvm1SelectsTheUnversionedNamesWhateverTheirMajor() {
        FakeTools.tool(bin, "clang", "clang-ubuntu-18");
        FakeTools.tool(bin, "clang-22", "clang-debian-22");
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-14");
        FakeTools.tool(bin, "llvm-link-22", "llvm-link-debian-22");
        FakeTools.tool(llvmRoot.resolve("llvm-22/bin"), "llvm-nm", "llvm-nm-debian-22");
        FakeTools.tool(bin, "llvm-nm", "llvm-nm-debian-14");

        Toolchain tc = discover(llvm("1"));

        assertEquals(bin.resolve("clang"), tc.clang().path());
        assertEquals("18.1.3", llvmOf(tc.clang()));
        assertEquals(bin.resolve("llvm-link"), tc.llvmLink().path());
        assertEquals(bin.resolve("llvm-nm"), tc.nm().path());
    }

    @Test
    void llvmSuffixSelectsTheSuffixedNames() {
        FakeTools.tool(bin, "clang", "clang-debian-22");
        FakeTools.tool(bin, "clang-22", "clang-debian-22");
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-22");
        FakeTools.tool(bin, "llvm-link-22", "llvm-link-debian-22");
        FakeTools.tool(bin, "llvm-nm", "llvm-nm-debian-22");
        FakeTools.tool(bin, "llvm-nm-22", "llvm-nm-debian-22");

        Toolchain tc = discover(llvm("-22"));

        assertEquals(bin.resolve("clang-22"), tc.clang().path());
        assertEquals(bin.resolve("llvm-link-22"), tc.llvmLink().path());
        assertEquals(bin.resolve("llvm-nm-22"), tc.nm().path());
    }

    @Test
    void llvmSuffixDoesNotLookAtTheUnversionedNamesOrTheLlvmTree() {
        FakeTools.tool(bin, "clang", "clang-debian-22");
        FakeTools.tool(llvmRoot.resolve("llvm-22/bin"), "clang", "clang-debian-22");

        Toolchain tc = discover(llvm("-22"));

        assertNull(tc.clang());
    }

    @Test
    void llvmPrefixSelectsTheToolsInThatDirectory() {
        Path prefix = root.resolve("opt/llvm 22/bin");
        FakeTools.tool(prefix, "clang", "clang-upstream-19");
        FakeTools.tool(prefix, "llvm-link", "llvm-link-upstream-14");
        FakeTools.tool(prefix, "llvm-nm", "llvm-nm-debian-22");
        FakeTools.tool(bin, "clang", "clang-debian-22");
        FakeTools.tool(bin, "clang-22", "clang-debian-22");
        FakeTools.tool(bin, "llvm-link-22", "llvm-link-debian-22");

        Toolchain tc = discover(llvm(prefix + "/"));

        assertEquals(prefix.resolve("clang"), tc.clang().path());
        assertEquals("19.1.7", llvmOf(tc.clang()));
        assertEquals(prefix.resolve("llvm-link"), tc.llvmLink().path());
        assertEquals(prefix.resolve("llvm-nm"), tc.nm().path());
    }

    @Test
    void anExplicitPathWinsOverLlvm() {
        FakeTools.tool(bin, "clang-22", "clang-debian-22");
        FakeTools.tool(bin, "llvm-link-22", "llvm-link-debian-22");
        Path mine = FakeTools.tool(root.resolve("mine"), "my-clang", "clang-fedora-19");

        Toolchain tc = discover(new ToolRequest("-22", Map.of(ToolKind.CLANG, mine.toString())));

        assertEquals(mine, tc.clang().path());
        assertEquals("19.1.7", llvmOf(tc.clang()));
        assertEquals(bin.resolve("llvm-link-22"), tc.llvmLink().path());
    }

    @Test
    void anExplicitBareNameIsLookedUpOnPath() {
        FakeTools.tool(bin, "clang-custom", "clang-debian-22");

        Toolchain tc = discover(new ToolRequest(null, Map.of(ToolKind.CLANG, "clang-custom")));

        assertEquals(bin.resolve("clang-custom"), tc.clang().path());
    }

    @Test
    void anExplicitPathThatDoesNotExistFailsNamingTheParameter() {
        Path missing = root.resolve("nowhere/clang");

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> discover(new ToolRequest(null, Map.of(ToolKind.CLANG, missing.toString()))));

        assertTrue(e.getMessage().contains("kernelRust.clang"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void anExplicitPathThatIsNotExecutableFailsSayingSo() throws Exception {
        Path plain = Files.writeString(root.resolve("llvm-link"), "not a program");

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> discover(new ToolRequest(null, Map.of(ToolKind.LLVM_LINK, plain.toString()))));

        assertTrue(e.getMessage().contains("kernelRust.llvmLink"), e.getMessage());
        assertTrue(e.getMessage().contains("not executable"), e.getMessage());
    }

    @Test
    void anExplicitBareNameNotOnPathFailsNamingTheParameter() {
        KernelRustException e = assertThrows(KernelRustException.class,
                () -> discover(new ToolRequest(null, Map.of(ToolKind.NM, "llvm-nm-99"))));

        assertTrue(e.getMessage().contains("kernelRust.nm"), e.getMessage());
        assertTrue(e.getMessage().contains("llvm-nm-99"), e.getMessage());
    }

    @Test
    void anInvalidLlvmValueIsRejected() {
        for (String value : List.of("22", "yes", "/usr/lib/llvm-22/bin")) {
            KernelRustException e = assertThrows(KernelRustException.class, () -> llvm(value));

            assertTrue(e.getMessage().contains("kernelRust.llvm is '" + value + "'"), e.getMessage());
        }
    }

    @Test
    void noRustcAnywhereFailsNamingTheDebianPackage() throws Exception {
        Files.delete(bin.resolve("rustc"));

        KernelRustException e = assertThrows(KernelRustException.class, () -> discover(ToolRequest.auto()));

        assertTrue(e.getMessage().contains("rustc-web"), e.getMessage());
    }

    @Test
    void aBrokenToolIsReportedBrokenNotMissingAndThenTreatedAsAbsent() {
        FakeTools.failing(bin, "clang", "clang: error while loading shared libraries: libLLVM.so.22", 1);

        Toolchain tc = discover(ToolRequest.auto());

        // absent for the mode decision, so out-of-line mode can still use cc...
        assertNull(tc.clang());
        // ...but the user hears that it is broken, and why
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0);
        assertTrue(w.contains(bin.resolve("clang") + " exists but is broken"), w);
        assertTrue(w.contains("exited with 1"), w);
        assertTrue(w.contains("libLLVM.so.22"), w);
        assertTrue(w.contains("kernelRust.clang"), w);
        assertTrue(w.contains("Treating clang as missing"), w);
    }

    @Test
    void aBrokenToolNamedExplicitlyFails() {
        Path clang = FakeTools.failing(bin, "clang", "clang: error while loading shared libraries", 1);

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> discover(new ToolRequest(null, Map.of(ToolKind.CLANG, clang.toString()))));

        assertTrue(e.getMessage().contains(clang + " exists but is broken"), e.getMessage());
    }

    @Test
    void aBrokenRustcIsSkippedForALaterOneOnPath() throws Exception {
        Path first = root.resolve("first");
        FakeTools.failing(first, "rustc", "rustc: error while loading shared libraries", 127);

        Toolchain tc = discover(ToolRequest.auto(), first, bin);

        assertEquals(bin.resolve("rustc"), tc.rustc().path());
    }

    @Test
    void whenEveryRustcIsBrokenTheErrorSaysBroken() throws Exception {
        Path first = root.resolve("first");
        Path rustc = FakeTools.failing(first, "rustc", "rustc: error while loading shared libraries", 127);

        KernelRustException e = assertThrows(KernelRustException.class, () -> discover(ToolRequest.auto(), first));

        assertTrue(e.getMessage().contains(rustc + " exists but is broken"), e.getMessage());
    }

    @Test
    void aBrokenCandidateIsSkippedWhenALaterOneWorks() {
        FakeTools.failing(bin, "clang", "clang: error while loading shared libraries: libLLVM.so.22", 1);
        Path clang22 = FakeTools.tool(bin, "clang-22", "clang-debian-22");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(clang22, tc.clang().path());
    }

    @Test
    void findsAndRunsToolsInADirectoryWhoseNameHasASpace() {
        Path spaced = root.resolve("my tools/bin");
        FakeTools.tool(spaced, "rustc", "rustc-debian-1.96");
        FakeTools.tool(spaced, "clang", "clang-debian-22");

        Toolchain tc = discover(ToolRequest.auto(), spaced);

        assertEquals(spaced.resolve("rustc"), tc.rustc().path());
        assertEquals(spaced.resolve("clang"), tc.clang().path());
        assertEquals("22.1.8", llvmOf(tc.clang()));
    }

    @Test
    void nmFallsBackToGnuNmWhenThereIsNoLlvmNm() {
        FakeTools.tool(bin, "nm", "gnu-nm-2.40");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(bin.resolve("nm"), tc.nm().path());
        assertEquals(ToolKind.NM, tc.nm().kind());
        assertNull(tc.nm().llvm());
        assertTrue(tc.nm().versionLine().startsWith("GNU nm"), tc.nm().versionLine());
    }

    @Test
    void ccIsFoundAsCc() {
        FakeTools.tool(bin, "cc", "gcc-debian-12");
        FakeTools.tool(bin, "gcc", "gcc-debian-12");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(bin.resolve("cc"), tc.cc().path());
        assertEquals(ToolKind.CC, tc.cc().kind());
        assertNull(tc.cc().llvm());
    }

    @Test
    void ccFallsBackToGcc() {
        FakeTools.tool(bin, "gcc", "gcc-debian-12");

        Toolchain tc = discover(ToolRequest.auto());

        assertEquals(bin.resolve("gcc"), tc.cc().path());
    }

    @Test
    void noClangAnywhereLeavesClangNull() {
        FakeTools.tool(bin, "llvm-link", "llvm-link-debian-22");

        Toolchain tc = discover(ToolRequest.auto());

        assertNull(tc.clang());
        assertEquals(bin.resolve("llvm-link"), tc.llvmLink().path());
        assertNull(tc.nm());
        assertNull(tc.cc());
    }

    @Test
    void theFirstRustcThatFitsTheTargetIsChosen() {
        Path other = root.resolve("other");
        FakeTools.tool(bin, "rustc", "rustc-rustup-1.95");
        Path debian = FakeTools.tool(other, "rustc", "rustc-debian-1.96");
        SearchPath searchPath = new SearchPath(List.of(bin, other), llvmRoot);

        Toolchain tc = new ToolDiscovery(searchPath, new ToolProbe(new ProcessRunner()), BuildLog.SILENT).discover(
                ToolRequest.auto(), rustc -> rustc.path().equals(debian) ? Optional.empty() : Optional.of("no sources"));

        assertEquals(debian, tc.rustc().path());
    }

    @Test
    void whenNoRustcFitsTheFirstOnPathIsKeptSoTheBuildCanSayWhatItLacks() {
        Path other = root.resolve("other");
        Path first = FakeTools.tool(bin, "rustc", "rustc-rustup-1.95");
        FakeTools.tool(other, "rustc", "rustc-debian-1.96");
        SearchPath searchPath = new SearchPath(List.of(bin, other), llvmRoot);

        Toolchain tc = new ToolDiscovery(searchPath, new ToolProbe(new ProcessRunner()), BuildLog.SILENT).discover(
                ToolRequest.auto(), rustc -> Optional.of("no sources"));

        assertEquals(first, tc.rustc().path());
    }
}
