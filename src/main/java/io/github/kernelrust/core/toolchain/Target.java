package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A build target: the Rust and clang triples, and whether rustc's own {@code core} can be used
 * or it has to be built from source (bare-metal targets such as {@code aarch64-unknown-none}).
 *
 * @param name        {@code x86_64} or {@code aarch64}, as the parameter names it
 * @param rustTarget  rustc's {@code --target}: a built-in triple, or the path of a target spec file
 *                    ({@code NAME.json})
 * @param clangTarget clang's {@code --target}
 */
public record Target(String name, String rustTarget, String clangTarget) {

    public static final String SUPPORTED = "x86_64, aarch64";

    /** The target for a {@code target} value, with optional triple overrides (null = default). */
    public static Target of(String name, String rustTarget, String clangTarget) {
        String n = name == null || name.isBlank() ? hostName() : name.strip();
        Target base = switch (n) {
            case "x86_64" -> new Target("x86_64", "x86_64-unknown-linux-gnu", "x86_64-linux-gnu");
            case "aarch64" -> new Target("aarch64", "aarch64-unknown-none", "aarch64-linux-gnu");
            default -> throw new KernelRustException("kernelRust.target is '" + name + "', which is not supported."
                    + " Supported targets: " + SUPPORTED + " (set rustTarget and clangTarget to use other triples"
                    + " on one of them, e.g. rustTarget=x86_64-unknown-none).");
        };
        return new Target(base.name,
                rustTarget == null || rustTarget.isBlank() ? base.rustTarget : rustTarget.strip(),
                clangTarget == null || clangTarget.isBlank() ? base.clangTarget : clangTarget.strip());
    }

    /**
     * The same, with a target spec file that is given relative made absolute against {@code base}
     * (the working directory, or the project folder): Kbuild's {@code --target=./rust/target.json}.
     */
    public Target resolvedAgainst(Path base) {
        if (!rustTarget.endsWith(".json") || Path.of(rustTarget).isAbsolute()) {
            return this;
        }
        return new Target(name, base.toAbsolutePath().resolve(rustTarget).normalize().toString(), clangTarget);
    }

    /** The machine this build runs on, as a target name. */
    public static String hostName() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "aarch64", "arm64" -> "aarch64";
            case "amd64", "x86_64" -> "x86_64";
            default -> throw new KernelRustException("This machine is " + arch + ", which is not a target the"
                    + " plugin builds for by default. Set kernelRust.target to one of: " + SUPPORTED + ".");
        };
    }

    /** Bare-metal ("none") triples have no prebuilt standard library in most toolchains. */
    public boolean bareMetal() {
        return rustTarget.contains("-none");
    }

    /**
     * The target spec file {@code rustTarget} names, absolute, when it is one (rustc takes a value
     * ending in {@code .json} as a file). Such a custom target never has a prebuilt {@code core}.
     */
    public Optional<Path> specFile() {
        return rustTarget.endsWith(".json") ? Optional.of(Path.of(rustTarget).toAbsolutePath().normalize())
                : Optional.empty();
    }

    /** The target's name as rustc gives it: the triple, or a spec file's name without {@code .json}. */
    public String rustTargetName() {
        return specFile().map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).orElse(rustTarget);
    }

    /** rustc's arguments for this target: a spec file also needs {@code -Zunstable-options} (and RUSTC_BOOTSTRAP). */
    public List<String> rustcArgs() {
        return specFile().map(f -> List.of("--target=" + f, "-Zunstable-options"))
                .orElse(List.of("--target=" + rustTarget));
    }
}
