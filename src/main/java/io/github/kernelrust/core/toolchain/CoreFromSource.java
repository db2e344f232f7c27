package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import java.util.Locale;

/** The {@code coreFromSource} parameter. */
public enum CoreFromSource {
    /** Build {@code core} from source when rustc has no library for the target. */
    AUTO,
    TRUE,
    FALSE;

    public static CoreFromSource parse(String value) {
        String v = value == null ? "auto" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "auto" -> AUTO;
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> throw new KernelRustException("kernelRust.coreFromSource is '" + value
                    + "'; use auto (the default), true or false.");
        };
    }
}
