package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.List;
import java.util.Locale;

/**
 * How a merged module ({@code NAME.m.bc}) becomes {@code NAME.o}.
 */
public enum FinishStep {
    /**
     * As the kernel: {@code clang -O2 -c NAME.m.bc}, which runs clang's whole optimization pipeline
     * again over Rust code that rustc already optimized.
     */
    KERNEL,
    /**
     * Only what the helpers need: {@code opt} inlines the always-inline helpers and cleans up
     * around them ({@link #OPT_PASSES}), then clang generates code without re-running the
     * optimizer ({@code -Xclang -disable-llvm-optzns}).
     */
    FAST;

    /** The passes of the fast finish: inline, then local clean-ups where the helper bodies landed. */
    public static final String OPT_PASSES = "always-inline,function(sroa,early-cse,instcombine,simplifycfg)";

    public static FinishStep parse(String value) {
        String v = value == null ? "kernel" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "kernel" -> KERNEL;
            case "fast" -> FAST;
            default -> throw new KernelRustException("kernelRust.finish is '" + value
                    + "'; use kernel (the default: clang -O2 over the merged module, as the kernel does) or fast"
                    + " (opt always-inline and clean-ups, then code generation only).");
        };
    }

    /** Extra clang flags of the code-generation step. */
    public List<String> clangFlags() {
        return this == FAST ? List.of("-Xclang", "-disable-llvm-optzns") : List.of();
    }
}
