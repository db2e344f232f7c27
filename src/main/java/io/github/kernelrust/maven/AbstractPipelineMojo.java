package io.github.kernelrust.maven;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.build.BuildSettings;
import io.github.kernelrust.core.build.CrateSpec;
import io.github.kernelrust.core.build.FinishStep;
import io.github.kernelrust.core.build.GenerateBindings;
import io.github.kernelrust.core.build.HelperVariant;
import io.github.kernelrust.core.build.Pipeline;
import io.github.kernelrust.core.build.RustcFlags;
import io.github.kernelrust.core.build.Wrap;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.SearchPath;
import io.github.kernelrust.core.toolchain.Target;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that run pipeline steps: the parameters of the build's inputs (the helper sources,
 * their flags, {@code <wrap>}, the finish they are compiled for, the crates) and their mapping to
 * the core's {@link BuildSettings}. Every step from bindgen on reads them, through its up-to-date
 * check, the helper sources {@code <wrap>} adds, or the check that no crate writes a helper
 * variant's files; the goals that build crates add the {@code core} they compile against
 * ({@link AbstractCratesMojo}), and what only one goal reads (bindgen's options, the export
 * format, the verdict's strictness, the lock file) that goal declares itself.
 */
abstract class AbstractPipelineMojo extends AbstractKernelRustMojo {

    /** Helper sources. Default: every {@code *.c} under {@code src/main/helpers}, sorted. */
    @Parameter
    List<File> helpers;

    /**
     * Extra {@code -I} directories for the helpers (and bindgen and {@code <wrap>}). A relative one
     * resolves against {@code workingDirectory} when it is set, else the project folder; one that
     * does not exist is an error.
     */
    @Parameter(property = "kernelRust.includes")
    List<String> includes;

    /**
     * pkg-config packages ({@code python3-embed}, {@code liburing}): their {@code pkg-config --cflags}
     * go to the helpers, bindgen and {@code <wrap>}, after {@code cflags} and {@code includes}; their
     * {@code --libs} are what the report says a final link needs. pkg-config runs again only when a
     * {@code .pc} file it read changes.
     */
    @Parameter(property = "kernelRust.pkgConfig")
    List<String> pkgConfig;

    /** Flags for the helpers and for the final clang step of each crate. */
    @Parameter(property = "kernelRust.cflags", defaultValue = "-O2")
    List<String> cflags;

    /** Flags removed from {@code cflags} for the helpers (the kernel's CFLAGS_REMOVE_helpers.o). */
    @Parameter(property = "kernelRust.cflagsRemove", defaultValue = "-Wmissing-prototypes,-Wmissing-declarations")
    List<String> cflagsRemove;

    /** Helper builds with extra defines besides the default {@code helpers}; a crate picks one by name. */
    @Parameter
    List<HelperVariantConfig> helperVariants;

    /**
     * Helpers the plugin writes itself: for each {@code static inline} function of {@code <headers>}
     * that a name or regular expression of {@code <functions>} matches, a
     * {@code __rust_helper RET rust_helper_NAME(PARAMS) { return NAME(ARGS); }}, compiled with the
     * helper sources (which may then be none) and covered by the bindings and the report.
     */
    @Parameter
    WrapConfig wrap;

    /**
     * Generate the helpers' Rust declarations, {@code bindings_helpers_generated.rs}, with bindgen:
     * {@code auto} when a usable bindgen is found, {@code true} (or fail saying what is missing),
     * {@code false}. A crate includes them with
     * {@code mod ffi { include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs")); }}.
     */
    @Parameter(property = "kernelRust.generateBindings", defaultValue = "auto")
    String generateBindings;

    /**
     * The crates. Default: one crate named after the artifactId ({@code -} becomes {@code _}) with its
     * root at {@code src/main/rust/lib.rs}.
     */
    @Parameter
    List<Crate> crates;

    /**
     * How each merged module becomes an object. {@code focused} (the default): the helpers are
     * compiled with ThinLTO's pre-link pipeline ({@code -flto=thin}), {@code opt} inlines them, runs
     * only the passes of clang's {@code -O2} that act on the code they bring in (clean-ups, jump
     * threading, loop rotation, vectorization, unrolling) in the functions that call a helper and
     * drops what nothing calls, then clang generates code; the functions that call no helper stay as
     * rustc optimized them (a second {@code opt} run takes their {@code optnone} mark off). On every
     * benchmark each function is the one {@code kernel} writes, or shorter where a helper's own loop
     * lands in a Rust loop, in less time. {@code selective}:
     * {@code opt} inlines the helpers and cleans up around them, then runs those {@code -O2} passes
     * again only in the functions that call a helper without atomics or inline assembly; those
     * functions are instruction for instruction what {@code kernel} writes, the others keep rustc's
     * loops around a locked operation (cheaper to build; on some benchmark loops up to 4% slower
     * than {@code kernel}, depending on where the code sits, see docs/benchmarks.md). {@code kernel}: clang runs its full
     * {@code -O2} pipeline over the merged module, as the kernel does (needs no {@code opt}). {@code fast}: {@code opt} only
     * inlines the helpers and cleans up around them, then clang generates code: loops that called a
     * helper are not re-optimized. With {@code cflags} that are not plain {@code -O2}, such as
     * {@code -Os}, {@code selective} and {@code focused} run {@code kernel}'s command.
     */
    @Parameter(property = "kernelRust.finish", defaultValue = FinishStep.DEFAULT_VALUE)
    String finish;

    /** Where built {@code core} libraries are kept; these goals build none. */
    Path coreCache() {
        return null;
    }

    /** Whether rustc runs with {@code RUSTC_BOOTSTRAP=1}; these goals run no rustc. */
    boolean rustcBootstrap() {
        return true;
    }

    /** bindgen's own options: only {@code generate-bindings} (and {@code inline-helpers}) run bindgen. */
    List<String> bindgenFlags() {
        return List.of();
    }

    /** Whether the bindings name helpers after their C functions; read where bindgen runs. */
    boolean bindingsCNames() {
        return false;
    }

    @Override
    void applyLists(CommandLineOverrides.Resolution r) {
        super.applyLists(r);
        cflags = r.list("cflags", cflags);
        cflagsRemove = r.list("cflagsRemove", cflagsRemove);
        includes = r.list("includes", includes);
        pkgConfig = r.list("pkgConfig", pkgConfig);
    }

    Pipeline pipeline(Target t) {
        return pipeline(t, detection(t));
    }

    Pipeline pipeline(Target t, Detection d) {
        return new Pipeline(settings(t), d, runner(t), SearchPath.fromEnvironment(), log())
                .jobs(stepJobs());
    }

    BuildSettings settings(Target t) {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        List<Path> sources = helpers == null || helpers.isEmpty() ? defaultHelpers(base)
                : helpers.stream().map(f -> absolute(base, f)).toList();
        List<Path> incs = nonNull(includes).stream().map(Path::of).toList();
        List<HelperVariant> variants = new ArrayList<>();
        variants.add(new HelperVariant(HelperVariant.DEFAULT, List.of()));
        if (helperVariants != null) {
            for (HelperVariantConfig v : helperVariants) {
                if (v.name == null || v.name.equals(HelperVariant.DEFAULT)) {
                    throw new KernelRustException("Each <helperVariant> needs a <name> other than 'helpers'"
                            + " (which is always built without extra defines).");
                }
                variants.add(new HelperVariant(v.name, v.defines == null ? List.of() : v.defines));
            }
        }
        return new BuildSettings(outputFor(t), t, sources, incs, nonNull(cflags), nonNull(cflagsRemove), variants,
                crateSpecs(base), RustcFlags.withoutTarget(nonNull(rustflags)), CoreFromSource.parse(coreFromSource),
                coreCache(), FinishStep.parse(finish), GenerateBindings.parse(generateBindings),
                bindingsCNames(), wrap == null ? Wrap.NONE : wrap.toWrap(), rustcBootstrap(), base,
                workingDirectory == null ? null : workingDirectory.toPath(), nonNull(pkgConfig), List.of(),
                bindgenFlags());
    }

    private List<CrateSpec> crateSpecs(Path base) {
        if (crates == null || crates.isEmpty()) {
            Path root = base.resolve("src/main/rust/lib.rs");
            if (!Files.isRegularFile(root)) {
                // an aggregator or a module without Rust: nothing to build here, not an error
                log().debug("No src/main/rust/lib.rs and no <crates>: no crate in " + base);
                return List.of();
            }
            String name = project.getArtifactId().replace('-', '_');
            return List.of(new CrateSpec(name, root, List.of(), true, HelperVariant.DEFAULT, "2021", List.of()));
        }
        List<CrateSpec> specs = new ArrayList<>();
        for (Crate c : crates) {
            if (c.name == null || c.name.isBlank()) {
                throw new KernelRustException("Every <crate> needs a <name>.");
            }
            Path root = c.root == null ? base.resolve("src/main/rust/lib.rs") : absolute(base, c.root);
            if (c.root == null && !specs.isEmpty()) {
                throw new KernelRustException("Crate " + c.name + " has no <root>; only the first crate defaults to"
                        + " src/main/rust/lib.rs.");
            }
            specs.add(new CrateSpec(c.name, root, nonNull(c.deps), c.linkHelpers,
                    c.helpers == null ? HelperVariant.DEFAULT : c.helpers, c.edition == null ? "2021" : c.edition,
                    nonNull(c.rustflags)));
        }
        return specs;
    }

    private static List<Path> defaultHelpers(Path base) {
        Path dir = base.resolve("src/main/helpers");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // a symlinked subfolder is part of the helpers (a shared folder linked in): follow it
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".c") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemLoopException loop) {
                throw new KernelRustException("The helper folder " + dir + " holds a symbolic link that loops back"
                        + " into itself (" + loop.getFile() + "). Remove the link, or list the helpers with <helpers>.");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path absolute(Path base, File f) {
        return f.isAbsolute() ? f.toPath().normalize() : base.resolve(f.toPath()).normalize();
    }
}
