package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.Locale;

/** The {@code generateBindings} parameter. */
public enum GenerateBindings {
    /** Generate {@code bindings_helpers_generated.rs} when a usable bindgen is found. */
    AUTO,
    /** Generate it, or fail naming what is missing. */
    TRUE,
    /** Never generate it (a stale one is removed). */
    FALSE;

    public static GenerateBindings parse(String value) {
        String v = value == null ? "auto" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "auto" -> AUTO;
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> throw new KernelRustException("kernelRust.generateBindings is '" + value
                    + "'; use auto (the default: when a bindgen is found), true or false.");
        };
    }
}
