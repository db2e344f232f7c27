package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputNamesTest {

    private static BuildSettings settings(List<HelperVariant> variants, String... crates) {
        List<CrateSpec> specs = java.util.Arrays.stream(crates).map(n -> new CrateSpec(n, Path.of("/p/" + n + ".rs"),
                List.of(), true, HelperVariant.DEFAULT, "2021", List.of())).toList();
        return new BuildSettings(Path.of("/out"), Target.of("x86_64", null, null), List.of(), List.of(), List.of(),
                List.of(), variants, specs, List.of(), CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL,
                GenerateBindings.AUTO, false, Wrap.NONE, true);
    }

    private static final HelperVariant HELPERS = new HelperVariant("helpers", List.of());

    @Test
    void aCrateNamedHelpersWouldOverwriteTheHelperObject() {
        KernelRustException e = assertThrows(KernelRustException.class,
                () -> OutputNames.check(settings(List.of(HELPERS), "helpers")));

        assertEquals("Crate 'helpers' would write helpers.bc, helpers.o and exports_helpers_generated.h, which helper"
                + " variant 'helpers' writes too: one would silently overwrite the other. Rename the crate: a module's"
                + " crate takes its artifactId ('-' as '_') unless <crates><crate><name> names it.", e.getMessage());
    }

    @Test
    void aCrateNamedLikeAVariantOrCoreIsRefusedToo() {
        HelperVariant module = new HelperVariant("helpers_module", List.of("MODULE"));

        assertThrows(KernelRustException.class, () -> OutputNames.check(settings(List.of(HELPERS, module),
                "kernel", "helpers_module")));
        KernelRustException core = assertThrows(KernelRustException.class,
                () -> OutputNames.check(settings(List.of(HELPERS), "core")));
        assertEquals(true, core.getMessage().contains("the plugin's own core"), core.getMessage());
    }

    @Test
    void aVariantCannotTakeTheNameOfCoreOrOfAnotherVariantsIr() {
        assertThrows(KernelRustException.class, () -> OutputNames.check(settings(List.of(HELPERS,
                new HelperVariant("core", List.of())))));
        KernelRustException abi = assertThrows(KernelRustException.class, () -> OutputNames.check(settings(List.of(
                HELPERS, new HelperVariant("helpers.abi", List.of())))));
        assertEquals(true, abi.getMessage().contains("the IR of variant 'helpers'"), abi.getMessage());
    }

    @Test
    void distinctNamesPass() {
        assertDoesNotThrow(() -> OutputNames.check(settings(List.of(HELPERS, new HelperVariant("helpers_module",
                List.of())), "kernel", "drivers", "helpers2")));
    }
}
