package io.github.kernelrust.maven;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.build.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <wrap>} configuration:
 * {@code <wrap><headers><header>liburing.h</header></headers><functions><function>io_uring_get_sqe</function><function>io_uring_prep_.*</function></functions></wrap>}.
 */
public class WrapConfig {
    /** Headers as {@code #include} names them, e.g. {@code liburing.h} (found through the helpers' includes). */
    List<String> headers = new ArrayList<>();
    /** Function names, or regular expressions over names, of the headers' static inline functions. */
    List<String> functions = new ArrayList<>();

    Wrap toWrap() {
        List<String> h = headers == null ? List.of() : headers.stream().filter(x -> x != null && !x.isBlank()).toList();
        List<String> f = functions == null ? List.of()
                : functions.stream().filter(x -> x != null && !x.isBlank()).toList();
        if (h.isEmpty() != f.isEmpty()) {
            throw new KernelRustException(h.isEmpty()
                    ? "<wrap> lists <functions> but no <headers>: name the headers that define them, e.g."
                            + " <headers><header>liburing.h</header></headers>."
                    : "<wrap> lists <headers> but no <functions>: name the static inline functions to wrap (names or"
                            + " regular expressions), e.g. <functions><function>io_uring_get_sqe</function></functions>.");
        }
        return new Wrap(h, f);
    }
}
