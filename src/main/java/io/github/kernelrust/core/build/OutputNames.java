package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names that become file names in the output folder must not collide: a crate named
 * {@code helpers} (the default crate name of a module whose artifactId is {@code helpers}) writes
 * {@code helpers.o} and {@code helpers.bc}, which are the helper objects; a helper variant named
 * like a crate, likewise; a crate or variant named {@code core} writes {@code exports_core_generated.h},
 * which is the table of {@code core} built from source; a variant named {@code x.abi} writes
 * {@code x.abi.bc}, the IR of variant {@code x}. One error names both.
 */
final class OutputNames {
    /** Names the plugin's own outputs take: core and its builtins stub (built from source). */
    private static final List<String> RESERVED = List.of("core", "compiler_builtins");

    private OutputNames() {
    }

    static void check(BuildSettings s) {
        Map<String, String> owner = new HashMap<>();
        for (String r : RESERVED) {
            owner.put(r, "the plugin's own " + r + " (built from source for bare-metal targets)");
        }
        for (HelperVariant v : s.helperVariants()) {
            String prev = owner.putIfAbsent(v.name(), "helper variant '" + v.name() + "'");
            if (prev != null) {
                throw clash("Helper variant '" + v.name() + "'", prev, v.name() + ".bc / " + v.name() + ".o",
                        "Rename the variant (<helperVariant><name>).");
            }
            if (v.name().endsWith(".abi")) {
                throw new KernelRustException("Helper variant '" + v.name() + "' would write " + v.name() + ".bc,"
                        + " the file that holds the IR of variant '" + v.name().substring(0, v.name().length() - 4)
                        + "' in out-of-line mode. Rename the variant (<helperVariant><name>).");
            }
        }
        for (CrateSpec c : s.crates()) {
            String prev = owner.get(c.name());
            if (prev != null) {
                throw clash("Crate '" + c.name() + "'", prev, c.name() + ".bc, " + c.name() + ".o and exports_" + c.name()
                        + "_generated.h", "Rename the crate: a module's crate takes its artifactId ('-' as '_') unless"
                        + " <crates><crate><name> names it.");
            }
        }
    }

    private static KernelRustException clash(String what, String other, String files, String fix) {
        return new KernelRustException(what + " would write " + files + ", which " + other + " writes too: one would"
                + " silently overwrite the other. " + fix);
    }
}
