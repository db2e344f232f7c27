package io.github.kernelrust.core;

/**
 * An error the user can act on: bad configuration, a missing or mismatched tool, broken C or
 * Rust input. The message is one paragraph that names what is at fault and what to do; the Maven
 * layer shows it without a stack trace.
 */
public class KernelRustException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KernelRustException(String message) {
        super(message);
    }

    public KernelRustException(String message, Throwable cause) {
        super(message, cause);
    }
}
