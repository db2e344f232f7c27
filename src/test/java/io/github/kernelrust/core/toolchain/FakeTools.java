package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.Captured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Captured tool outputs (src/test/resources/versions) and small {@code #!/bin/sh} scripts that
 * print them, standing in for rustc, clang, llvm-link, nm and cc.
 */
public final class FakeTools {
    private FakeTools() {
    }

    /** The captured output {@code versions/NAME.txt}. */
    public static String fixture(String name) {
        return Captured.text("versions/" + name + ".txt");
    }

    /** {@code dir/name}: prints the captured output {@code fixture} and exits 0. */
    public static Path tool(Path dir, String name, String fixture) {
        return script(dir, name, fixture(fixture), "", 0);
    }

    /** {@code dir/name}: prints {@code stdout} and exits 0. */
    public static Path printing(Path dir, String name, String stdout) {
        return script(dir, name, stdout, "", 0);
    }

    /** {@code dir/name}: prints {@code stderr} to stderr and exits with {@code exitCode}. */
    public static Path failing(Path dir, String name, String stderr, int exitCode) {
        return script(dir, name, "", stderr, exitCode);
    }

    /** The Tool a probe would make of the captured output {@code fixture} found at {@code path}. */
    public static Tool probed(ToolKind kind, String path, String fixture) {
        return probedOutput(kind, path, fixture(fixture));
    }

    /** The Tool a probe would make of {@code output} found at {@code path}. */
    public static Tool probedOutput(ToolKind kind, String path, String output) {
        String first = output.strip().lines().findFirst().orElse("");
        return new Tool(kind, Path.of(path), first, kind.parseLlvm(output).orElse(null));
    }

    private static Path script(Path dir, String name, String stdout, String stderr, int exitCode) {
        StringBuilder sh = new StringBuilder("#!/bin/sh\n");
        if (!stdout.isEmpty()) {
            sh.append("cat <<'KR_EOF'\n").append(withNewline(stdout)).append("KR_EOF\n");
        }
        if (!stderr.isEmpty()) {
            sh.append("cat >&2 <<'KR_EOF'\n").append(withNewline(stderr)).append("KR_EOF\n");
        }
        sh.append("exit ").append(exitCode).append('\n');
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.writeString(file, sh.toString(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }
}
