package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Target;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the pipeline steps need besides the toolchain, for one target.
 *
 * @param outputDirectory  where every output of this target goes
 * @param target           the target
 * @param helperSources    helper {@code .c} files, sorted
 * @param includes         extra {@code -I} directories for helpers
 * @param cflags           flags for helpers and the final clang step
 * @param cflagsRemove     flags taken out of {@code cflags} for helpers
 * @param helperVariants   helper builds; always holds {@code helpers}
 * @param crates           crates in the order given
 * @param rustflags        flags for every crate
 * @param coreFromSource   build {@code core} from rustc's library sources
 * @param coreCache        where built {@code core} libraries are kept between builds
 * @param finish           how merged modules become objects
 * @param bindings         whether to generate {@code bindings_helpers_generated.rs}
 * @param bindingsCNames   name each helper after its C function in the bindings ({@code #[link_name]})
 * @param wrap             headers whose static inline functions get helpers the plugin writes
 * @param rustcBootstrap   set {@code RUSTC_BOOTSTRAP=1} for every rustc the build runs, as the kernel does
 * @param projectDirectory the project folder
 * @param workingDirectory where the C and Rust tools run (Kbuild runs in the kernel tree), or null: in
 *                         the folder Maven runs in, as without the parameter
 * @param pkgConfig        pkg-config packages whose {@code --cflags} the C steps take
 * @param pkgConfigCflags  what {@code pkg-config --cflags} gave for them, once the pipeline asked
 * @param bindgenFlags     options for bindgen itself, before its {@code --} (the kernel's
 *                         {@code rust/bindgen_parameters}: {@code --opaque-type=xregs_state})
 */
public record BuildSettings(Path outputDirectory, Target target, List<Path> helperSources, List<Path> includes,
        List<String> cflags, List<String> cflagsRemove, List<HelperVariant> helperVariants, List<CrateSpec> crates,
        List<String> rustflags, CoreFromSource coreFromSource, Path coreCache, FinishStep finish,
        GenerateBindings bindings, boolean bindingsCNames, Wrap wrap, boolean rustcBootstrap, Path projectDirectory,
        Path workingDirectory, List<String> pkgConfig, List<String> pkgConfigCflags, List<String> bindgenFlags) {

    public BuildSettings {
        helperSources = helperSources.stream().sorted().toList();
        cflags = List.copyOf(cflags);
        cflagsRemove = List.copyOf(cflagsRemove);
        helperVariants = List.copyOf(helperVariants);
        crates = List.copyOf(crates);
        rustflags = List.copyOf(rustflags);
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        workingDirectory = workingDirectory == null ? null : projectDirectory.resolve(workingDirectory).normalize();
        Path base = workingDirectory == null ? projectDirectory : workingDirectory;
        includes = includes.stream().map(i -> base.resolve(i).normalize()).toList();
        pkgConfig = List.copyOf(pkgConfig);
        pkgConfigCflags = List.copyOf(pkgConfigCflags);
        bindgenFlags = List.copyOf(bindgenFlags);
    }

    /** Settings without bindgen options of their own. */
    public BuildSettings(Path outputDirectory, Target target, List<Path> helperSources, List<Path> includes,
            List<String> cflags, List<String> cflagsRemove, List<HelperVariant> helperVariants, List<CrateSpec> crates,
            List<String> rustflags, CoreFromSource coreFromSource, Path coreCache, FinishStep finish,
            GenerateBindings bindings, boolean bindingsCNames, Wrap wrap, boolean rustcBootstrap, Path projectDirectory,
            Path workingDirectory, List<String> pkgConfig, List<String> pkgConfigCflags) {
        this(outputDirectory, target, helperSources, includes, cflags, cflagsRemove, helperVariants, crates, rustflags,
                coreFromSource, coreCache, finish, bindings, bindingsCNames, wrap, rustcBootstrap, projectDirectory,
                workingDirectory, pkgConfig, pkgConfigCflags, List.of());
    }

    /** Settings without a working directory or pkg-config packages, for a project in the JVM's folder. */
    public BuildSettings(Path outputDirectory, Target target, List<Path> helperSources, List<Path> includes,
            List<String> cflags, List<String> cflagsRemove, List<HelperVariant> helperVariants, List<CrateSpec> crates,
            List<String> rustflags, CoreFromSource coreFromSource, Path coreCache, FinishStep finish,
            GenerateBindings bindings, boolean bindingsCNames, Wrap wrap, boolean rustcBootstrap) {
        this(outputDirectory, target, helperSources, includes, cflags, cflagsRemove, helperVariants, crates, rustflags,
                coreFromSource, coreCache, finish, bindings, bindingsCNames, wrap, rustcBootstrap, Path.of(""), null,
                List.of(), List.of());
    }

    /**
     * The folder that relative paths the user gives resolve against ({@code includes}, {@code @file}
     * flags, a target spec file): the working directory when one is set, else the project folder.
     */
    public Path base() {
        return workingDirectory == null ? projectDirectory : workingDirectory;
    }

    /**
     * The folders whose paths the compilers write relative (rustc's {@code --remap-path-prefix},
     * clang's {@code -ffile-prefix-map}), so two checkouts of one project build the same bytes: the
     * project folder as {@code .}, and the working directory (a kernel tree) as {@code .} when one is
     * set (given last, so rustc, which applies the last match, names a path in both from it).
     */
    public java.util.Map<String, String> prefixMaps() {
        java.util.Map<String, String> maps = new java.util.LinkedHashMap<>();
        for (Path dir : java.util.Arrays.asList(projectDirectory, workingDirectory)) {
            // FROM=TO: clang splits at the first '=', rustc at the last; a folder holding one is left as it is
            if (dir != null && !dir.toString().contains("=")) {
                maps.put(dir.toString(), ".");
            }
        }
        return maps;
    }

    /** A command of a C or Rust step: run in the working directory, when one is set. */
    Command command(String label, List<String> argv) {
        return Command.of(label, argv).withWorkDir(workingDirectory);
    }

    /** The same settings with what pkg-config gave for {@link #pkgConfig}. */
    BuildSettings withPkgConfigCflags(List<String> flags) {
        return new BuildSettings(outputDirectory, target, helperSources, includes, cflags, cflagsRemove, helperVariants,
                crates, rustflags, coreFromSource, coreCache, finish, bindings, bindingsCNames, wrap, rustcBootstrap,
                projectDirectory, workingDirectory, pkgConfig, flags, bindgenFlags);
    }

    /**
     * Fails naming each include directory that does not exist: clang would pass over it without a
     * word and report a missing header instead.
     */
    void checkIncludes() {
        List<Path> missing = includes.stream().filter(i -> !java.nio.file.Files.isDirectory(i)).toList();
        if (!missing.isEmpty()) {
            throw new KernelRustException("Include director" + (missing.size() == 1 ? "y " : "ies ") + missing
                    + (missing.size() == 1 ? " does" : " do") + " not exist (kernelRust.includes, relative paths"
                    + " resolve against " + base() + "). Fix the path or create the folder.");
        }
    }

    /** Whether there are helpers to build: helper sources, or functions {@code <wrap>} writes helpers for. */
    public boolean hasHelpers() {
        return !helperSources.isEmpty() || !wrap.isEmpty();
    }

    /**
     * The finish that runs: the configured one, or the kernel's command when {@code cflags} leave
     * clang at something else than plain {@code -O2} ({@link FinishStep#with}).
     */
    public FinishStep effectiveFinish() {
        return finish.with(cflags);
    }

    /** {@code cflags} less {@code cflagsRemove}: the kernel's CFLAGS_REMOVE_helpers.o. */
    public List<String> helperCflags() {
        return cflags.stream().filter(f -> !cflagsRemove.contains(f)).toList();
    }

    public HelperVariant variant(String name) {
        return helperVariants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new KernelRustException("A crate asks for helper variant '" + name
                        + "', which is not configured. Configured: "
                        + helperVariants.stream().map(HelperVariant::name).toList()
                        + ". Add it under <helperVariants>."));
    }

    public Path include() {
        return include(outputDirectory);
    }

    /** The folder of the generated {@code rust_helper.h} under an output folder. */
    static Path include(Path outputDirectory) {
        return outputDirectory.resolve("include");
    }

    /** Where the plugin's own generated sources go (the helpers of {@code <wrap>}). */
    public Path generated() {
        return outputDirectory.resolve("generated");
    }
}
