package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Path;
import java.util.List;

/**
 * One Rust crate.
 *
 * @param name        the crate name
 * @param root        its {@code lib.rs}
 * @param deps        names of crates it uses (built before it)
 * @param linkHelpers whether helpers are linked into it in inline mode
 * @param helpers     which helper variant it links ({@code helpers} by default)
 * @param edition     the Rust edition
 * @param rustflags   extra flags for this crate only
 */
public record CrateSpec(String name, Path root, List<String> deps, boolean linkHelpers, String helpers,
        String edition, List<String> rustflags) {

    public CrateSpec {
        deps = List.copyOf(deps);
        rustflags = List.copyOf(rustflags);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new KernelRustException("Crate name '" + name + "' is not a valid Rust identifier"
                    + " (letters, digits and _; '-' is not allowed).");
        }
    }
}
