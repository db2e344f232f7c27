package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import java.util.Locale;

/** The {@code inlineHelpers} parameter. */
public enum InlineHelpers {
    /** Inline when the toolchain allows it, else out-of-line with a warning. */
    AUTO,
    /** Inline, or fail naming each tool and its LLVM version. */
    TRUE,
    /** Never inline. */
    FALSE;

    public static InlineHelpers parse(String value) {
        String v = value == null ? "auto" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "auto" -> AUTO;
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> throw new KernelRustException("kernelRust.inlineHelpers is '" + value
                    + "'; use auto (the default), true or false.");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
