package io.github.kernelrust.core.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LlvmVersionTest {

    /** Every captured output, the tool kind that printed it, and the LLVM it names ("" for none). */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("clang-android-17", ToolKind.CLANG, "17.0.2"),
                Arguments.of("clang-apple-15", ToolKind.CLANG, ""),
                Arguments.of("clang-apt-llvm-org-20", ToolKind.CLANG, "20.1.8"),
                Arguments.of("clang-debian-22", ToolKind.CLANG, "22.1.8"),
                Arguments.of("clang-fedora-19", ToolKind.CLANG, "19.1.7"),
                Arguments.of("clang-homebrew-19", ToolKind.CLANG, "19.1.7"),
                Arguments.of("clang-ubuntu-18", ToolKind.CLANG, "18.1.3"),
                Arguments.of("clang-upstream-19", ToolKind.CLANG, "19.1.7"),
                Arguments.of("gcc-debian-12", ToolKind.CC, ""),
                Arguments.of("gnu-nm-2.40", ToolKind.NM, ""),
                Arguments.of("llvm-link-debian-14", ToolKind.LLVM_LINK, "14.0.6"),
                Arguments.of("llvm-link-debian-22", ToolKind.LLVM_LINK, "22.1.8"),
                Arguments.of("llvm-link-rust-llvm-tools-22", ToolKind.LLVM_LINK, "22.1.8"),
                Arguments.of("llvm-link-ubuntu-18", ToolKind.LLVM_LINK, "18.1.3"),
                Arguments.of("llvm-link-upstream-14", ToolKind.LLVM_LINK, "14.0.6"),
                Arguments.of("llvm-nm-debian-14", ToolKind.NM, "14.0.6"),
                Arguments.of("llvm-nm-debian-22", ToolKind.NM, "22.1.8"),
                Arguments.of("rustc-debian-1.96", ToolKind.RUSTC, "22.1.8"),
                Arguments.of("rustc-fedora-1.83", ToolKind.RUSTC, "19.1.5"),
                Arguments.of("rustc-rustup-1.95", ToolKind.RUSTC, "22.1.2"),
                Arguments.of("rustc-rustup-nightly-1.97", ToolKind.RUSTC, "22.1.4"),
                Arguments.of("rustc-ubuntu-1.75", ToolKind.RUSTC, "17.0.6"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("fixtures")
    void parsesTheLlvmVersionOfEachCapturedToolOutput(String fixture, ToolKind kind, String expected) {
        Optional<LlvmVersion> parsed = kind.parseLlvm(FakeTools.fixture(fixture));

        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(LlvmVersion.parse(expected)), parsed);
        parsed.ifPresent(v -> assertEquals(expected, v.toString()));
    }

    @Test
    void everyCapturedOutputHasAnExpectedVersion() throws IOException, URISyntaxException {
        Path dir = Path.of(LlvmVersionTest.class.getResource("/versions").toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> covered = fixtures().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(files, covered);
    }

    @Test
    void appleClangNamesNoLlvmVersionAlthoughItPrintsAClangVersion() {
        String apple = FakeTools.fixture("clang-apple-15");

        assertTrue(apple.contains("clang version 15.0.0"));
        assertEquals(Optional.empty(), LlvmVersion.fromClang(apple));
    }

    @Test
    void eachParserIgnoresTheOutputOfOtherTools() {
        assertEquals(Optional.empty(), LlvmVersion.fromClang(FakeTools.fixture("rustc-debian-1.96")));
        assertEquals(Optional.empty(), LlvmVersion.fromRustcVerbose(FakeTools.fixture("llvm-link-debian-22")));
        assertEquals(Optional.empty(), LlvmVersion.fromLlvmTool(FakeTools.fixture("gnu-nm-2.40")));
        assertEquals(Optional.empty(), LlvmVersion.fromClang(FakeTools.fixture("gcc-debian-12")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"22.1.8, 220108", "14.0.6, 140006", "9.0.1, 90001", "17.0.2, 170002", "22.1, 220100",
            "20.1.10, 200110"})
    void encodesAsTheKernelsRustcLlvmVersion(String version, int encoded) {
        assertEquals(encoded, LlvmVersion.parse(version).encoded());
    }

    @Test
    void ordersNumericallyByMajorMinorAndPatch() {
        List<LlvmVersion> versions = new ArrayList<>(Stream.of("22.1.8", "14.0.6", "22.1.2", "9.0.1", "22.0.0",
                "22.1.10").map(LlvmVersion::parse).toList());
        versions.sort(null);

        assertEquals(List.of("9.0.1", "14.0.6", "22.0.0", "22.1.2", "22.1.8", "22.1.10"),
                versions.stream().map(LlvmVersion::toString).toList());
        assertTrue(LlvmVersion.parse("22.1.2").compareTo(LlvmVersion.parse("22.1.8")) < 0);
        assertTrue(LlvmVersion.parse("22.1.8").compareTo(LlvmVersion.parse("14.0.6")) > 0);
        assertEquals(0, LlvmVersion.parse("22.1.8").compareTo(new LlvmVersion(22, 1, 8)));
    }

    @Test
    void parsesRustsLlvmToolsVersionWithItsSuffix() {
        assertEquals(new LlvmVersion(22, 1, 8), LlvmVersion.parse("22.1.8-rust-1.96.0-stable"));
    }

    @Test
    void parsesAVersionWithOnlyMajorAndMinorAsPatchZero() {
        LlvmVersion v = LlvmVersion.parse("22.1");

        assertEquals(new LlvmVersion(22, 1, 0), v);
        assertEquals("22.1.0", v.toString());
        assertEquals(Optional.of(new LlvmVersion(19, 1, 0)), LlvmVersion.fromRustcVerbose("LLVM version: 19.1\n"));
    }

    @Test
    void rejectsTextThatIsNotAVersion() {
        assertThrows(IllegalArgumentException.class, () -> LlvmVersion.parse("rust-22"));
        assertThrows(IllegalArgumentException.class, () -> LlvmVersion.parse("22"));
        assertThrows(IllegalArgumentException.class, () -> new LlvmVersion(22, 100, 0));
    }
}
