package io.github.kernelrust.core.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What tools answered to questions that change nothing (a version probe, {@code rustc --print
 * target-libdir}, llvm-nm or llvm-objdump of an object), kept in a file of the output folder so a
 * build with nothing changed starts no process. An answer is given again only while everything
 * it came from is as it was, checked without running anything: the command line, its folder and
 * environment, the executable's <em>file identity</em> (the path it was called by, the real file
 * it resolves to through symlinks, that file's size and modification time; for a rustup proxy
 * also rustup's settings, {@code RUSTUP_TOOLCHAIN}, the {@code rust-toolchain} files above the
 * working folder and every installed toolchain's tool of that name), and the identity of each
 * argument that names a file, with the SHA-256 of its content when it is small. A tool replaced
 * by a package update, a symlink turned elsewhere, or a rewritten input makes the answer unknown,
 * so the tool runs again. One answer is kept per command line: a newer one replaces it.
 */
public final class ToolAnswers {
    /** The file's name in the output folder. */
    public static final String FILE_NAME = ".tool-answers";
    /** Arguments up to this size are hashed; bigger ones (a 50 MB {@code libcore.rlib}) go by identity. */
    private static final long HASHED_UP_TO = 8L << 20;

    private final Path file;
    private final Function<String, String> environment;
    private Map<String, String> entries;

    private ToolAnswers(Path file, Function<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    /** The answers kept in {@code outputDirectory}. */
    public static ToolAnswers in(Path outputDirectory) {
        return new ToolAnswers(outputDirectory.resolve(FILE_NAME), System::getenv);
    }

    /** The same, with the environment the rustup rules read given (for tests). */
    static ToolAnswers in(Path outputDirectory, Function<String, String> environment) {
        return new ToolAnswers(outputDirectory.resolve(FILE_NAME), environment);
    }

    /** The answer kept for this command, if what it came from is unchanged. */
    public synchronized Optional<ProcessResult> lookup(Command command) {
        String entry = entries().get(slot(command));
        if (entry == null) {
            return Optional.empty();
        }
        String[] f = entry.split(" ", -1);
        if (f.length != 4 || !f[0].equals(stamp(command))) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return Optional.of(new ProcessResult(command, Integer.parseInt(f[1]),
                    new String(b64.decode(f[2]), StandardCharsets.UTF_8), new String(b64.decode(f[3]), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Keeps a successful answer (a failed or timed-out one is asked again next time). */
    public synchronized void remember(ProcessResult result) {
        if (!result.succeeded()) {
            return;
        }
        Command c = result.command();
        entries = null; // another runner of this build may have kept answers since: keep theirs too
        Base64.Encoder b64 = Base64.getEncoder();
        entries().put(slot(c), stamp(c) + " " + result.exitCode() + " "
                + b64.encodeToString(result.stdout().getBytes(StandardCharsets.UTF_8)) + " "
                + b64.encodeToString(result.stderr().getBytes(StandardCharsets.UTF_8)));
        StringBuilder sb = new StringBuilder();
        entries.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        AtomicFiles.write(file, sb.toString());
    }

    private Map<String, String> entries() {
        if (entries == null) {
            entries = new TreeMap<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int sp = line.indexOf(' ');
                    if (sp > 0) {
                        entries.put(line.substring(0, sp), line.substring(sp + 1));
                    }
                }
            } catch (IOException e) {
                // no answers yet (or a damaged file): every tool is asked
            }
        }
        return entries;
    }

    /** Which command line this is: one answer is kept per slot. */
    private static String slot(Command c) {
        return sha256(String.join("\0", c.argv()) + "\n" + c.workDir() + "\n" + new TreeMap<>(c.env()));
    }

    /** The state of everything the answer came from, as one hash. */
    String stamp(Command c) {
        StringBuilder sb = new StringBuilder();
        Path exe = Path.of(c.argv().get(0));
        sb.append("exe ").append(identity(exe)).append('\n');
        rustup(exe, c).forEach(line -> sb.append(line).append('\n'));
        for (String arg : c.argv().subList(1, c.argv().size())) {
            if (arg.startsWith("/") && Files.isRegularFile(Path.of(arg))) {
                Path p = Path.of(arg);
                sb.append("arg ").append(identity(p)).append(' ').append(contentHash(p)).append('\n');
            }
        }
        return sha256(sb.toString());
    }

    /**
     * The identity of a file without opening it: the path, each symlink on the way and the real
     * file with its size and modification time ("missing" when there is none).
     */
    static String identity(Path p) {
        StringBuilder sb = new StringBuilder(p.toString());
        try {
            Path hop = p;
            for (int i = 0; i < 40 && Files.isSymbolicLink(hop); i++) {
                Path target = Files.readSymbolicLink(hop);
                sb.append(" -> ").append(target);
                hop = hop.resolveSibling(target);
            }
            Path real = p.toRealPath();
            sb.append(" = ").append(real).append(' ').append(Files.size(real)).append(' ')
                    .append(Files.getLastModifiedTime(real).toInstant());
        } catch (IOException e) {
            sb.append(" missing");
        }
        return sb.toString();
    }

    private static String contentHash(Path p) {
        try {
            if (Files.size(p) > HASHED_UP_TO) {
                return "big";
            }
            MessageDigest md = Sha256.digest();
            try (InputStream in = Files.newInputStream(p)) {
                md.update(in.readAllBytes());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /**
     * For a rustup proxy (a tool whose real file is {@code rustup}), what decides which toolchain it
     * runs: {@code RUSTUP_TOOLCHAIN}, rustup's settings, the {@code rust-toolchain} files from the
     * working folder up, and every installed toolchain's tool of the same name.
     */
    private List<String> rustup(Path exe, Command c) {
        List<String> lines = new ArrayList<>();
        try {
            if (!exe.toRealPath().getFileName().toString().startsWith("rustup")) {
                return lines;
            }
        } catch (IOException e) {
            return lines;
        }
        String override = c.env().getOrDefault("RUSTUP_TOOLCHAIN", environment.apply("RUSTUP_TOOLCHAIN"));
        lines.add("RUSTUP_TOOLCHAIN=" + override);
        String home = environment.apply("RUSTUP_HOME");
        Path rustupHome = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".rustup");
        lines.add("settings " + identity(rustupHome.resolve("settings.toml")) + " "
                + contentHash(rustupHome.resolve("settings.toml")));
        Path dir = (c.workDir() != null ? c.workDir() : Path.of("")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            for (String name : List.of("rust-toolchain", "rust-toolchain.toml")) {
                Path f = dir.resolve(name);
                if (Files.isRegularFile(f)) {
                    lines.add("toolchain file " + identity(f) + " " + contentHash(f));
                }
            }
        }
        String tool = exe.getFileName().toString();
        try (Stream<Path> toolchains = Files.list(rustupHome.resolve("toolchains"))) {
            toolchains.sorted().forEach(t -> lines.add("installed " + identity(t.resolve("bin").resolve(tool))));
        } catch (IOException e) {
            lines.add("no toolchains");
        }
        return lines;
    }

    private static String sha256(String text) {
        return Sha256.of(text);
    }
}
