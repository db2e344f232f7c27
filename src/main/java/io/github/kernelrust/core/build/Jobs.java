package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;

/** The {@code jobs} parameter: how many steps of one kind a module runs at once. */
public final class Jobs {
    private Jobs() {
    }

    /**
     * The configured number, or by default the processors that Maven's {@code -T} threads leave to
     * each module (at least 1), so a {@code -T} build does not run threads times processors tools.
     *
     * @param value         the parameter as written, or null/blank when unset
     * @param processors    the machine's processors
     * @param mavenThreads  the projects Maven builds at once ({@code -T})
     */
    public static int parse(String value, int processors, int mavenThreads) {
        if (value == null || value.isBlank()) {
            return Math.max(1, processors / Math.max(1, mavenThreads));
        }
        int n = positive(value);
        if (n <= 0) {
            throw new KernelRustException("kernelRust.jobs is '" + value + "', but it must be a whole number greater"
                    + " than 0 (unset: the processors Maven's -T leaves to the module), such as -DkernelRust.jobs=2;"
                    + " 1 runs the steps one after another.");
        }
        return n;
    }

    /** A whole number greater than 0 as written (blanks around it allowed), or 0 for anything else. */
    public static int positive(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
