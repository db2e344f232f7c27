package io.github.kernelrust.core.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What rustc flags mean beyond their text: the files they make rustc read ({@code @path}: more
 * flags, one a line, as the kernel's {@code @include/generated/rustc_cfg}) and which of them only
 * set lint levels, and the two that Kbuild's {@code KBUILD_RUSTFLAGS} hold but the plugin sets
 * itself ({@code --target}, {@code --edition}), so the flags can be pasted as they are.
 */
public final class RustcFlags {
    private static final Set<String> LINT_OPTIONS = Set.of("-A", "-W", "-D", "-F", "--allow", "--warn", "--deny",
            "--forbid", "--force-warn", "--cap-lints");

    private RustcFlags() {
    }

    /**
     * The files named by {@code @path} (or {@code @shell:path}) flags, a relative one resolved
     * against {@code base} (the working directory, or the project folder without one).
     */
    static List<Path> argFiles(List<String> flags, Path base) {
        List<Path> files = new ArrayList<>();
        for (String f : flags) {
            if (f.startsWith("@")) {
                String path = f.substring(1);
                files.add(base.resolve(path.startsWith("shell:") ? path.substring("shell:".length()) : path)
                        .normalize());
            }
        }
        return files;
    }

    /**
     * The same flags with each {@code @path} made absolute against {@code base}: what rustc reads
     * then does not depend on the folder it runs in (core runs in its own), and the command line
     * names the file the records track.
     */
    static List<String> absoluteArgFiles(List<String> flags, Path base) {
        return flags.stream().map(f -> {
            if (!f.startsWith("@")) {
                return f;
            }
            String shell = f.startsWith("@shell:") ? "shell:" : "";
            return "@" + shell + argFiles(List.of(f), base).get(0);
        }).toList();
    }

    /**
     * For a cache key: each {@code @path} (absolute, as {@link #absoluteArgFiles} makes it)
     * replaced by the SHA-256 of the file, so the key follows what rustc reads, not where the file lies.
     */
    static List<String> byContent(List<String> flags) {
        return flags.stream().map(f -> f.startsWith("@")
                ? "@sha256:" + FileHash.sha256OrMissing(argFiles(List.of(f), Path.of("")).get(0)) : f).toList();
    }

    /**
     * The value of a {@code --target=X} (or {@code --target X}) among the flags, as Kbuild's
     * {@code KBUILD_RUSTFLAGS} has it ({@code --target=./rust/target.json}).
     */
    public static Optional<String> target(List<String> flags) {
        return valueOf(flags, "--target");
    }

    /** The flags without their {@code --target}: the plugin passes the target itself. */
    public static List<String> withoutTarget(List<String> flags) {
        return without(flags, "--target");
    }

    /** Whether the flags set the edition themselves ({@code --edition=2021} in Kbuild's). */
    static boolean setsEdition(List<String> flags) {
        return valueOf(flags, "--edition").isPresent();
    }

    /** The flags without {@code --edition}: core is built with its own. */
    static List<String> withoutEdition(List<String> flags) {
        return without(flags, "--edition");
    }

    private static Optional<String> valueOf(List<String> flags, String option) {
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            if (f.startsWith(option + "=")) {
                return Optional.of(f.substring(option.length() + 1));
            }
            if (f.equals(option) && i + 1 < flags.size()) {
                return Optional.of(flags.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private static List<String> without(List<String> flags, String option) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            if (f.equals(option)) {
                i++;
            } else if (!f.startsWith(option + "=")) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * The flags without lint levels ({@code -Dwarnings}, {@code -W missing_docs}, {@code --cap-lints=warn}...):
     * for the crates built with their own lint policy ({@code core}, as the kernel builds it).
     */
    static List<String> withoutLints(List<String> flags) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            if (LINT_OPTIONS.contains(f)) {
                i++; // the option's value is the next word
            } else if (!isLintLevel(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean isLintLevel(String flag) {
        int eq = flag.indexOf('=');
        if (flag.startsWith("--") && eq > 0) {
            return LINT_OPTIONS.contains(flag.substring(0, eq));
        }
        return flag.length() > 2 && LINT_OPTIONS.contains(flag.substring(0, 2));
    }
}
