package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.SearchPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelperHeaderTest {

    private static final String HELPER = """
            struct counter { int value; };
            static inline int counter_inc(struct counter *c) { return ++c->value; }
            __rust_helper int rust_helper_counter_inc(struct counter *c) { return counter_inc(c); }
            """;

    /** The line that follows the {@code #elif}: what C compilers see unless the command line defines it. */
    private static String compilerDefinition(String header) {
        List<String> lines = header.lines().toList();
        return lines.get(lines.indexOf("#elif !defined(__rust_helper)") + 1);
    }

    @Test
    void inlineModeMakesHelpersAlwaysInlineWithGnuInlineSemantics() {
        String header = HelperHeader.render(Mode.INLINE);

        assertEquals("#define __rust_helper inline __attribute__((__always_inline__, __gnu_inline__))",
                compilerDefinition(header));
        assertTrue(header.contains("(mode: inline)"), header);
    }

    @Test
    void bindgenSeesAnEmptyDefinitionInEveryMode() {
        for (Mode mode : Mode.values()) {
            List<String> lines = HelperHeader.render(mode).lines().toList();

            assertEquals("#define __rust_helper", lines.get(lines.indexOf("#ifdef __BINDGEN__") + 1), mode.id());
        }
    }

    @Test
    void outOfLineModeDefinesItEmpty() {
        String header = HelperHeader.render(Mode.OUT_OF_LINE);

        assertEquals("#define __rust_helper", compilerDefinition(header));
        assertFalse(header.contains("always_inline"), header);
    }

    @Test
    void isGuardedAgainstDoubleInclusion() {
        String header = HelperHeader.render(Mode.INLINE);

        assertTrue(header.contains("#ifndef KERNEL_RUST_HELPER_H\n#define KERNEL_RUST_HELPER_H\n"), header);
        assertTrue(header.strip().endsWith("#endif /* KERNEL_RUST_HELPER_H */"), header);
    }

    @Test
    void clang22EmitsAnAlwaysInlineDefinitionOfAHelperOnlyInInlineMode(@TempDir Path dir) throws Exception {
        Optional<Path> clang = clang22();
        assertTrue(clang.isPresent(), "clang-22 is required for this test: run scripts/setup-debian.sh");
        Path source = Files.writeString(dir.resolve("counter.c"), HELPER);

        List<String> inline = attributesOfHelper(clang.get(), dir, source, Mode.INLINE, List.of());
        List<String> outOfLine = attributesOfHelper(clang.get(), dir, source, Mode.OUT_OF_LINE, List.of());
        List<String> bindgen = attributesOfHelper(clang.get(), dir, source, Mode.INLINE, List.of("-D__BINDGEN__"));

        assertTrue(inline.contains("alwaysinline"), inline.toString());
        assertFalse(outOfLine.contains("alwaysinline"), outOfLine.toString());
        assertFalse(bindgen.contains("alwaysinline"), bindgen.toString());
    }

    @Test
    void aDefinitionOnTheCommandLineWinsOverTheModesAsTheOutOfLineAbiCheckNeeds(@TempDir Path dir) throws Exception {
        Optional<Path> clang = clang22();
        assertTrue(clang.isPresent(), "clang-22 is required for this test: run scripts/setup-debian.sh");
        Path source = Files.writeString(dir.resolve("counter.c"), HELPER);

        List<String> outOfLine = attributesOfHelper(clang.get(), dir, source, Mode.OUT_OF_LINE,
                List.of("-D__rust_helper=" + Boundary.INLINE_DEFINITION, "-Werror"));

        assertTrue(outOfLine.contains("alwaysinline"), outOfLine.toString());
    }

    /** Compiles {@code source} with the header of {@code mode}; the attributes of the helper's definition. */
    private static List<String> attributesOfHelper(Path clang, Path dir, Path source, Mode mode, List<String> flags) {
        Path header = dir.resolve(mode.id() + "/" + HelperHeader.FILE_NAME);
        AtomicFiles.write(header, HelperHeader.render(mode));
        List<String> argv = new ArrayList<>(List.of(clang.toString(), "--target=x86_64-linux-gnu", "-O2", "-g0"));
        argv.addAll(flags);
        argv.addAll(List.of("-include", header.toString(), "-S", "-emit-llvm", source.toString(), "-o", "-"));
        String ir = new ProcessRunner().runChecked("clang", Command.of("CC", argv)).stdout();

        Matcher define = Pattern.compile("(?m)^define [^\\n]*@rust_helper_counter_inc\\([^\\n]*\\) [^\\n]*#(\\d+) \\{$")
                .matcher(ir);
        assertTrue(define.find(), "no definition of rust_helper_counter_inc in:\n" + ir);
        Matcher group = Pattern.compile("(?m)^attributes #" + define.group(1) + " = \\{ ([^\\n]*) \\}$").matcher(ir);
        assertTrue(group.find(), "no attribute group #" + define.group(1) + " in:\n" + ir);
        return List.of(group.group(1).split(" "));
    }

    /** clang-22 on PATH, or in Debian's LLVM 22 tree. */
    private static Optional<Path> clang22() {
        return SearchPath.fromEnvironment().find("clang-22")
                .or(() -> Optional.of(SearchPath.fromEnvironment().llvmTree(22, "clang"))
                        .filter(SearchPath::isExecutable));
    }
}
