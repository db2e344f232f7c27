package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.List;

/**
 * A build of the helpers with extra defines, as the kernel builds {@code helpers.bc} for
 * built-in code and {@code helpers_module.bc} with {@code -DMODULE} for modules. A crate
 * picks one by name.
 *
 * @param name    output base name: {@code helpers} gives {@code helpers.bc} / {@code helpers.o}
 * @param defines {@code NAME} or {@code NAME=VALUE}, passed as {@code -D}
 */
public record HelperVariant(String name, List<String> defines) {
    public static final String DEFAULT = "helpers";

    public HelperVariant {
        defines = List.copyOf(defines);
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new KernelRustException("Helper variant name '" + name + "' must be a plain file name"
                    + " (letters, digits, '_', '-', '.').");
        }
    }
}
