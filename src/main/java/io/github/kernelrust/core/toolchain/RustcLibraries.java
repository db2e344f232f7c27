package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a rustc brings for a target: a prebuilt {@code core} in its target library directory, or
 * the library sources to build one ({@code SYSROOT/lib/rustlib/src/rust/library}).
 */
public final class RustcLibraries {
    private final ProcessRunner runner;

    public RustcLibraries(ProcessRunner runner) {
        this.runner = runner;
    }

    /** Whether rustc ships a prebuilt {@code core} for the target; never for a target spec file (not asked). */
    public boolean hasPrebuiltCore(Tool rustc, Target target) {
        if (target.specFile().isPresent()) {
            return false;
        }
        try (Stream<Path> files = Files.list(targetLibdir(rustc, target))) {
            return files.anyMatch(f -> f.getFileName().toString().matches("libcore-.*\\.(rlib|rmeta)"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * rustc's prebuilt {@code core} and {@code compiler_builtins} for the target ({@code .rlib}),
     * which a final link of a crate compiled against them takes; none for a target spec file.
     */
    public List<Path> prebuiltCore(Tool rustc, Target target) {
        if (target.specFile().isPresent()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(targetLibdir(rustc, target))) {
            return files.filter(f -> f.getFileName().toString().matches("lib(core|compiler_builtins)-.*\\.rlib"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path targetLibdir(Tool rustc, Target target) {
        return Path.of(runner.query("Asking rustc for the target's library directory",
                Command.of("RUSTC --print", List.of(rustc.path().toString(), "--print", "target-libdir",
                        "--target=" + target.rustTarget()))).stdout().strip());
    }

    /**
     * Why this rustc cannot serve the target under {@code setting}, or empty when it can: it needs
     * a prebuilt {@code core} for the target or library sources to build one.
     */
    public Optional<String> unfit(Tool rustc, Target target, CoreFromSource setting) {
        if (setting == CoreFromSource.FALSE) {
            return Optional.empty();
        }
        boolean sources = Files.isRegularFile(librarySources(rustc).resolve("core/src/lib.rs"));
        if (sources || setting == CoreFromSource.AUTO && hasPrebuiltCore(rustc, target)) {
            return Optional.empty();
        }
        return Optional.of("no library sources" + (setting == CoreFromSource.AUTO
                ? " and no prebuilt core for " + target.rustTarget() : ""));
    }

    /** rustc's library sources ({@code SYSROOT/lib/rustlib/src/rust/library}), if it has them. */
    public Path librarySources(Tool rustc) {
        String sysroot = runner.query("Asking rustc for its sysroot",
                Command.of("RUSTC --print", List.of(rustc.path().toString(), "--print", "sysroot"))).stdout().strip();
        return Path.of(sysroot, "lib", "rustlib", "src", "rust", "library");
    }
}
