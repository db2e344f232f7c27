package io.github.kernelrust.core.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One external command: an argument list (never a shell line), the directory it runs in, extra
 * environment variables and its own timeout, or null (the usual case) for the runner's
 * {@link ProcessRunner#compileTimeout()}. {@link #label()} is the short Kbuild-style line logged at
 * INFO ({@code LLVM-LINK kernel.m.bc}); {@link #display()} the full command line logged at DEBUG.
 */
public record Command(String label, List<String> argv, Path workDir, Map<String, String> env, Duration timeout) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    public Command {
        argv = List.copyOf(argv);
        // sorted, so display() (which the up-to-date records hold) is the same in every JVM
        env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
        }
    }

    public static Command of(String label, List<String> argv) {
        return new Command(label, argv, null, Map.of(), null);
    }

    public Command withEnv(String name, String value) {
        Map<String, String> copy = new TreeMap<>(env);
        copy.put(name, value);
        return new Command(label, argv, workDir, copy, timeout);
    }

    /** This command run in {@code dir} (null: the folder the JVM runs in). */
    public Command withWorkDir(Path dir) {
        return new Command(label, argv, dir, env, timeout);
    }

    /** This command with a limit of its own instead of the runner's (null: the runner's again). */
    public Command withTimeout(Duration newTimeout) {
        return new Command(label, argv, workDir, env, newTimeout);
    }

    /**
     * The command line quoted as a POSIX shell would need it, for people to read and paste; a
     * command with a folder of its own starts with {@code cd DIR &&}, as its relative paths mean
     * nothing elsewhere (so the up-to-date records hold the folder too).
     */
    public String display() {
        List<String> words = new ArrayList<>();
        if (workDir != null) {
            words.add("cd " + quote(workDir.toString()) + " &&");
        }
        env.forEach((k, v) -> words.add(k + "=" + quote(v)));
        argv.forEach(a -> words.add(quote(a)));
        return String.join(" ", words);
    }

    static String quote(String word) {
        if (!word.isEmpty() && SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
