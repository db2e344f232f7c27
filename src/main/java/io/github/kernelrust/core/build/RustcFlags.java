package io.github.kernelrust.core.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What rustc flags mean beyond their text: the files they make rustc read ({@code @path}: more
 * flags, one a line, as the kernel's {@code @include/generated/rustc_cfg}) and which of them only
 * set lint levels.
 */
final class RustcFlags {
    private static final Set<String> LINT_OPTIONS = Set.of("-A", "-W", "-D", "-F", "--allow", "--warn", "--deny",
            "--forbid", "--force-warn", "--cap-lints");

    private RustcFlags() {
    }

    /** The files named by {@code @path} (or {@code @shell:path}) flags, as rustc resolves them. */
    static List<Path> argFiles(List<String> flags) {
        List<Path> files = new ArrayList<>();
        for (String f : flags) {
            if (f.startsWith("@")) {
                String path = f.substring(1);
                files.add(Path.of(path.startsWith("shell:") ? path.substring("shell:".length()) : path));
            }
        }
        return files;
    }

    /** The same flags with each {@code @path} made absolute, for a rustc that runs in another folder. */
    static List<String> absoluteArgFiles(List<String> flags) {
        return flags.stream().map(f -> {
            if (!f.startsWith("@")) {
                return f;
            }
            String shell = f.startsWith("@shell:") ? "shell:" : "";
            return "@" + shell + argFiles(List.of(f)).get(0).toAbsolutePath();
        }).toList();
    }

    /**
     * For a cache key: each {@code @path} replaced by the SHA-256 of the file, so the key follows
     * what rustc reads, not where the file lies.
     */
    static List<String> byContent(List<String> flags) {
        return flags.stream().map(f -> f.startsWith("@")
                ? "@sha256:" + FileHash.sha256OrMissing(argFiles(List.of(f)).get(0)) : f).toList();
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
