package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
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
 */
public record BuildSettings(Path outputDirectory, Target target, List<Path> helperSources, List<Path> includes,
        List<String> cflags, List<String> cflagsRemove, List<HelperVariant> helperVariants, List<CrateSpec> crates,
        List<String> rustflags, CoreFromSource coreFromSource, Path coreCache, FinishStep finish,
        GenerateBindings bindings, boolean bindingsCNames, Wrap wrap, boolean rustcBootstrap) {

    public BuildSettings {
        helperSources = helperSources.stream().sorted().toList();
        includes = List.copyOf(includes);
        cflags = List.copyOf(cflags);
        cflagsRemove = List.copyOf(cflagsRemove);
        helperVariants = List.copyOf(helperVariants);
        crates = List.copyOf(crates);
        rustflags = List.copyOf(rustflags);
    }

    /** Whether there are helpers to build: helper sources, or functions {@code <wrap>} writes helpers for. */
    public boolean hasHelpers() {
        return !helperSources.isEmpty() || !wrap.isEmpty();
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
        return outputDirectory.resolve("include");
    }

    /** Where the plugin's own generated sources go (the helpers of {@code <wrap>}). */
    public Path generated() {
        return outputDirectory.resolve("generated");
    }
}
