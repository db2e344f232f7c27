package io.github.kernelrust.core.toolchain;

import static io.github.kernelrust.core.toolchain.FakeTools.probed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolchainPropertiesTest {

    private static final String KEY = "1a2b3c";

    @TempDir
    Path dir;

    private static Toolchain inlineToolchain() {
        return new Toolchain(
                probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"),
                probed(ToolKind.CLANG, "/usr/lib/llvm-22/bin/clang", "clang-debian-22"),
                probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link-22", "llvm-link-debian-22"),
                probed(ToolKind.NM, "/usr/bin/llvm-nm-22", "llvm-nm-debian-22"),
                probed(ToolKind.CC, "/usr/bin/cc", "gcc-debian-12"));
    }

    private Detection roundTrip(Detection d) {
        Path file = dir.resolve(ToolchainProperties.FILE_NAME);
        ToolchainProperties.write(file, ToolchainProperties.toMap(d.toolchain(), d.decision(), KEY));
        return ToolchainProperties.read(file, KEY).orElseThrow();
    }

    private static Detection detect(Toolchain tc, InlineHelpers setting) {
        return new Detection(tc, ModeDecision.decide(tc, setting));
    }

    @Test
    void writeThenReadGivesBackTheToolchainAndTheDecision() {
        Detection d = detect(inlineToolchain(), InlineHelpers.AUTO);

        assertEquals(Mode.INLINE, d.mode());
        assertEquals(d, roundTrip(d));
    }

    @Test
    void anOutOfLineDecisionWithCcAndAProblemRoundTrips() {
        Toolchain tc = new Toolchain(probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"), null,
                probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link", "llvm-link-debian-14"),
                probed(ToolKind.NM, "/usr/bin/nm", "gnu-nm-2.40"), probed(ToolKind.CC, "/usr/bin/cc", "gcc-debian-12"));
        Detection d = detect(tc, InlineHelpers.AUTO);

        Detection back = roundTrip(d);

        assertEquals(d, back);
        assertEquals(ToolKind.CC, back.decision().cCompiler().kind());
        assertTrue(back.decision().problem().contains("no clang"));
    }

    @Test
    void valuesWithColonsEqualsSignsSpacesAndNonAsciiSurvive() {
        Toolchain base = inlineToolchain();
        Tool clang = new Tool(ToolKind.CLANG, Path.of("/opt/my tools/llvm=22:x/#bin!/clang ü"),
                "clang version 22.1.8 (key=value: a\\b\tc)", new LlvmVersion(22, 1, 8));
        Toolchain tc = new Toolchain(base.rustc(), clang, base.llvmLink(), base.nm(), base.cc());
        Detection d = detect(tc, InlineHelpers.FALSE);

        assertEquals(d, roundTrip(d));
    }

    @Test
    void aDifferentRequestKeyReadsNothing() {
        Detection d = detect(inlineToolchain(), InlineHelpers.AUTO);
        Path file = dir.resolve(ToolchainProperties.FILE_NAME);
        ToolchainProperties.write(file, ToolchainProperties.toMap(d.toolchain(), d.decision(), KEY));

        assertEquals(Optional.empty(), ToolchainProperties.read(file, "other"));
    }

    @Test
    void aMissingFileReadsNothing() {
        assertEquals(Optional.empty(), ToolchainProperties.read(dir.resolve("none.properties"), KEY));
    }

    @Test
    void recordsRustcsLlvmVersionInTheKernelsEncodingAndTheMode() throws Exception {
        Detection d = detect(inlineToolchain(), InlineHelpers.AUTO);
        Path file = dir.resolve(ToolchainProperties.FILE_NAME);
        ToolchainProperties.write(file, ToolchainProperties.toMap(d.toolchain(), d.decision(), KEY));

        List<String> lines = Files.readAllLines(file);

        assertTrue(lines.contains("rustc.llvm.version=220108"), lines.toString());
        assertTrue(lines.contains("rustc.llvm.major=22"), lines.toString());
        assertTrue(lines.contains("clang.llvm=22.1.8"), lines.toString());
        assertTrue(lines.contains("compatible=true"), lines.toString());
        assertTrue(lines.contains("rustcClangLlvmCompatible=true"), lines.toString());
        assertTrue(lines.contains("mode=inline"), lines.toString());
    }

    @Test
    void isSortedWithoutATimestampAndTheSameBytesEveryTime() throws Exception {
        Path first = dir.resolve("first.properties");
        Path second = dir.resolve("second.properties");
        Detection d = detect(inlineToolchain(), InlineHelpers.AUTO);
        ToolchainProperties.write(first, ToolchainProperties.toMap(d.toolchain(), d.decision(), KEY));
        Detection again = detect(inlineToolchain(), InlineHelpers.AUTO);
        ToolchainProperties.write(second, ToolchainProperties.toMap(again.toolchain(), again.decision(), KEY));

        assertEquals(-1, Files.mismatch(first, second));
        List<String> keys = Files.readAllLines(first).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('='))).toList();
        assertEquals(keys.stream().sorted().toList(), keys);
        assertFalse(Files.readString(first).matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*"), Files.readString(first));
        // the one comment is fixed text: Properties.store would have written the date there
        assertEquals(List.of("# Written by kernel-rust-maven-plugin detect-toolchain"),
                Files.readAllLines(first).stream().filter(l -> l.startsWith("#")).toList());
    }
}
