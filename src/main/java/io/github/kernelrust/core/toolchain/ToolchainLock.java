package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code kernel-rust-toolchain.lock}: the toolchain a project is built with, per target (its triples,
 * the mode, each tool's version line and LLVM), without paths, so a team can commit it and a build
 * cache can put it into its key. When the file exists, detection fails if the toolchain found differs;
 * {@code -DkernelRust.writeLock} (re)writes the entries of the targets built, keeping the others.
 */
public final class ToolchainLock {
    public static final String FILE_NAME = "kernel-rust-toolchain.lock";
    private static final String HEADER = "# kernel-rust-toolchain.lock: the toolchain this project is built with."
            + "\n# Written by kernel-rust-maven-plugin (-DkernelRust.writeLock); commit it.\n";

    private final Path file;

    public ToolchainLock(Path file) {
        this.file = file;
    }

    /** The lock's entries for one target: sorted keys, prefixed with the target's name. */
    static Map<String, String> entries(Target t, Detection d) {
        Map<String, String> e = new TreeMap<>();
        String p = t.name() + ".";
        // a target spec file by its name, not its (machine-specific) path
        e.put(p + "rustTarget", t.specFile().map(f -> f.getFileName().toString()).orElse(t.rustTarget()));
        e.put(p + "clangTarget", t.clangTarget());
        e.put(p + "mode", d.mode().id());
        for (Tool tool : d.toolchain().present()) {
            String k = p + tool.kind().parameter();
            e.put(k + ".version", tool.versionLine().strip());
            if (tool.llvm() != null) {
                e.put(k + ".llvm", tool.llvm().toString());
            }
        }
        return e;
    }

    /** Writes (atomically) this target's entries, keeping the other targets' entries of an existing lock. */
    public void write(Target t, Detection d) {
        Map<String, String> all = new TreeMap<>(Files.isRegularFile(file) ? read() : Map.of());
        all.keySet().removeIf(k -> k.startsWith(t.name() + "."));
        all.putAll(entries(t, d));
        StringBuilder sb = new StringBuilder(HEADER);
        all.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        AtomicFiles.write(file, sb.toString());
    }

    /** Nothing when there is no lock file; else fails with one paragraph if this target's toolchain differs. */
    public void check(Target t, Detection d) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String diff = differences(read(), entries(t, d), t.name());
        if (diff != null) {
            throw new KernelRustException("The toolchain found for target " + t.name() + " differs from " + file
                    + ": " + diff + ". Install the locked toolchain, or, if the change is intended, update the lock"
                    + " with -DkernelRust.writeLock (e.g. mvn kernel-rust:detect-toolchain -DkernelRust.writeLock)"
                    + " and commit it.");
        }
    }

    /** What differs for one target, as "KEY is locked as A but found B; ...", or null when nothing does. */
    static String differences(Map<String, String> locked, Map<String, String> found, String target) {
        String prefix = target + ".";
        if (locked.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
            return "the lock has no entries for target " + target;
        }
        TreeSet<String> keys = new TreeSet<>(found.keySet());
        locked.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        List<String> diffs = new ArrayList<>();
        for (String k : keys) {
            String want = locked.get(k);
            String got = found.get(k);
            if (want == null) {
                diffs.add(k + " is not locked but found '" + got + "'");
            } else if (got == null) {
                diffs.add(k + " is locked as '" + want + "' but none was found");
            } else if (!want.equals(got)) {
                diffs.add(k + " is locked as '" + want + "' but found '" + got + "'");
            }
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    /** The lock's entries: "key = value" lines, '#' comments and blank lines skipped. */
    Map<String, String> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        for (String line : lines) {
            String s = line.strip();
            int eq = s.indexOf('=');
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (eq < 1) {
                throw new KernelRustException(file + " has a line that is not 'key = value': '" + s + "'. Rewrite"
                        + " the lock with -DkernelRust.writeLock.");
            }
            m.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        return m;
    }
}
