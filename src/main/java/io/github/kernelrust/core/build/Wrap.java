package io.github.kernelrust.core.build;

import java.util.List;

/**
 * The {@code <wrap>} configuration: headers whose {@code static inline} functions the plugin wraps
 * in helpers it writes itself, and which of those functions.
 *
 * @param headers   header names as {@code #include} takes them ({@code liburing.h})
 * @param functions function names or regular expressions over names
 */
public record Wrap(List<String> headers, List<String> functions) {
    public static final Wrap NONE = new Wrap(List.of(), List.of());

    public Wrap {
        headers = List.copyOf(headers);
        functions = List.copyOf(functions);
    }

    public boolean isEmpty() {
        return headers.isEmpty() && functions.isEmpty();
    }
}
