package io.github.kernelrust.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real scripts as tools: each start appends a line to a log, so the test counts what ran. */
class ToolAnswersTest {
    @TempDir
    Path dir;

    private Path log() {
        return dir.resolve("starts.log");
    }

    private int starts() throws IOException {
        return Files.isRegularFile(log()) ? Files.readAllLines(log()).size() : 0;
    }

    /** A tool that logs its start and prints {@code answer} (and the first line of a file it is given). */
    private Path tool(String name, String answer) throws IOException {
        Path t = dir.resolve(name);
        Files.writeString(t, "#!/bin/sh\necho \"$0 $*\" >> '" + log() + "'\necho '" + answer + "'\n"
                + "[ -n \"$1\" ] && [ -f \"$1\" ] && head -1 \"$1\"\nexit 0\n");
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
        return t;
    }

    private ProcessRunner runner(Map<String, String> env) {
        return new ProcessRunner().withAnswers(ToolAnswers.in(dir.resolve("out"), env::get));
    }

    private ProcessRunner runner() {
        return runner(Map.of());
    }

    private static Command version(Path tool) {
        return Command.of("PROBE", List.of(tool.toString(), "--version"));
    }

    @Test
    void anUnchangedToolIsNotRunAgainNotEvenByAnotherRunner() throws IOException {
        Path t = tool("clang", "clang version 22.1.2");
        assertEquals("clang version 22.1.2\n", runner().probe(version(t)).stdout());
        long before = ProcessRunner.started();
        assertEquals("clang version 22.1.2\n", runner().probe(version(t)).stdout());
        assertEquals("clang version 22.1.2\n", runner().query("asking", version(t)).stdout());
        assertEquals(1, starts());
        assertEquals(before, ProcessRunner.started());
    }

    @Test
    void aReplacedToolIsAskedAgain() throws IOException {
        Path t = tool("clang", "clang version 22.1.2");
        runner().probe(version(t));
        tool("clang", "clang version 22.1.8");
        assertEquals("clang version 22.1.8\n", runner().probe(version(t)).stdout());
        assertEquals(2, starts());
    }

    @Test
    void aToolWithTheSameSizeButAnotherTimeIsAskedAgain() throws IOException {
        Path t = tool("clang", "clang version 22.1.2");
        runner().probe(version(t));
        Files.setLastModifiedTime(t, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        runner().probe(version(t));
        assertEquals(2, starts());
    }

    @Test
    void aSymlinkTurnedToAnotherToolIsNoticed() throws IOException {
        // Debian's /usr/bin/clang-22 -> ../lib/llvm-22/bin/clang: the link is what the build calls
        Path a = tool("clang-a", "clang version 21.1.0");
        Path b = tool("clang-b", "clang version 22.1.2");
        Path link = Files.createSymbolicLink(dir.resolve("clang"), a.getFileName());
        assertEquals("clang version 21.1.0\n", runner().probe(version(link)).stdout());
        Files.delete(link);
        Files.createSymbolicLink(link, b.getFileName());
        assertEquals("clang version 22.1.2\n", runner().probe(version(link)).stdout());
        assertEquals(2, starts());
    }

    @Test
    void aChangedInputFileIsAskedAgain() throws IOException {
        Path nm = tool("llvm-nm", "symbols:");
        Path object = Files.writeString(dir.resolve("a.o"), "first\n");
        Command list = Command.of("NM", List.of(nm.toString(), object.toString()));
        assertEquals("symbols:\nfirst\n", runner().query("listing", list).stdout());
        assertEquals("symbols:\nfirst\n", runner().query("listing", list).stdout());
        Files.writeString(object, "other\n");
        assertEquals("symbols:\nother\n", runner().query("listing", list).stdout());
        assertEquals(2, starts());
    }

    @Test
    void aFailedAnswerIsNotKept() throws IOException {
        Path t = dir.resolve("broken");
        Files.writeString(t, "#!/bin/sh\necho \"$0\" >> '" + log() + "'\necho no >&2\nexit 3\n");
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThrows(CommandFailedException.class, () -> runner().query("asking", version(t)));
        assertThrows(CommandFailedException.class, () -> runner().query("asking", version(t)));
        assertEquals(2, starts());
    }

    @Test
    void aRustupProxyIsAskedAgainWhenTheDefaultToolchainChanges() throws IOException {
        Path rustup = tool("rustup", "rustc 1.95.0");
        Path bin = Files.createDirectories(dir.resolve("cargo/bin"));
        Path rustc = Files.createSymbolicLink(bin.resolve("rustc"), rustup);
        Files.createDirectories(dir.resolve("rustup-home/toolchains/stable/bin"));
        Path settings = Files.writeString(dir.resolve("rustup-home/settings.toml"), "default_toolchain = \"stable\"\n");
        Map<String, String> env = Map.of("RUSTUP_HOME", dir.resolve("rustup-home").toString());
        runner(env).probe(version(rustc));
        runner(env).probe(version(rustc));
        assertEquals(1, starts());
        Files.writeString(settings, "default_toolchain = \"nightly\"\n");
        runner(env).probe(version(rustc));
        assertEquals(2, starts());
        // a toolchain updated in place (rustup update) changes what the proxy runs too
        tool("rustup-home/toolchains/stable/bin/rustc", "rustc 1.96.0");
        runner(env).probe(version(rustc));
        assertEquals(3, starts());
        // RUSTUP_TOOLCHAIN picks another toolchain without touching a file
        runner(Map.of("RUSTUP_HOME", env.get("RUSTUP_HOME"), "RUSTUP_TOOLCHAIN", "nightly")).probe(version(rustc));
        assertEquals(4, starts());
    }

    @Test
    void theFileHoldsOneAnswerPerCommandLine() throws IOException {
        Path t = tool("clang", "clang version 22.1.2");
        runner().probe(version(t));
        tool("clang", "clang version 22.1.8");
        runner().probe(version(t));
        assertEquals(1, Files.readAllLines(dir.resolve("out").resolve(ToolAnswers.FILE_NAME)).size());
    }
}
