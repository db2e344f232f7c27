package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.List;
import java.util.Locale;

/**
 * How a merged module ({@code NAME.m.bc}) becomes {@code NAME.o}. Every finish but {@link #KERNEL}
 * runs {@code opt -passes=...} to {@code NAME.i.bc}, then clang generates code without re-running
 * the optimizer ({@code -Xclang -disable-llvm-optzns}).
 */
public enum FinishStep {
    /**
     * As the kernel: {@code clang -O2 -c NAME.m.bc}, which runs clang's whole optimization pipeline
     * again over Rust code that rustc already optimized.
     */
    KERNEL("kernel", null),
    /**
     * The default: {@code opt} inlines the always-inline helpers, then runs only the passes of
     * clang's {@code -O2} function pipeline that act on the code a helper brought in, in
     * {@code -O2}'s order and with its options. On every benchmark
     * (docs/benchmarks.md) the object is byte for byte the one {@link #KERNEL} writes: the
     * {@code -O2} passes left out change nothing there, and clang's module passes and inliner have
     * nothing left to do on Rust code that rustc optimized.
     */
    FOCUSED("focused", "always-inline,function(sroa<modify-cfg>,early-cse<memssa>,jump-threading,"
            + "simplifycfg<switch-range-to-icmp>,instcombine<no-verify-fixpoint>,reassociate,constraint-elimination,"
            + "loop-mssa(licm<no-allowspeculation>,loop-rotate,licm),simplifycfg<switch-range-to-icmp>,"
            + "instcombine<no-verify-fixpoint>,gvn,dse,instcombine<no-verify-fixpoint>,"
            + "loop-vectorize,loop-unroll,instcombine<no-verify-fixpoint>)"),
    /**
     * Only what the helpers need: {@code opt} inlines the always-inline helpers and cleans up
     * around them. Loops that held a helper call are not re-optimized
     * (not unrolled or vectorized as {@code -O2} would once the call is gone).
     */
    FAST("fast", "always-inline,function(sroa,early-cse,instcombine,simplifycfg)");

    private final String value;
    private final String optPasses;

    FinishStep(String value, String optPasses) {
        this.value = value;
        this.optPasses = optPasses;
    }

    public static FinishStep parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return FOCUSED;
        }
        for (FinishStep f : values()) {
            if (f.value.equals(v)) {
                return f;
            }
        }
        throw new KernelRustException("kernelRust.finish is '" + value
                + "'; use focused (the default: opt inlines the helpers and re-runs the -O2 passes that act on"
                + " them, then code generation), kernel (clang -O2 over the merged module, as the kernel does)"
                + " or fast (opt inlines the helpers and cleans up, then code generation).");
    }

    /**
     * Options in {@code cflags} that change which passes clang runs on the merged module: with any
     * of them, or an optimization level other than {@code -O2}, {@code finish=kernel} does not run
     * {@code -O2}'s passes, so {@link #FOCUSED} (which does) would not give its result.
     */
    private static final List<String> PIPELINE_FLAGS = List.of("-funroll-loops", "-fno-unroll-loops",
            "-fvectorize", "-fno-vectorize", "-ftree-vectorize", "-fno-tree-vectorize", "-fslp-vectorize",
            "-fno-slp-vectorize", "-ftree-slp-vectorize", "-fno-tree-slp-vectorize", "-mllvm", "-fsanitize=",
            "-fprofile-", "-fpass-plugin=");

    /**
     * The finish to run with these {@code cflags}: this one, except {@link #FOCUSED} when the
     * {@code cflags} do not leave clang at plain {@code -O2} (see {@link #focusedDiffersFromKernel}):
     * then the kernel's command, whose result {@code focused} promises.
     */
    public FinishStep with(List<String> cflags) {
        return this == FOCUSED && focusedDiffersFromKernel(cflags) != null ? KERNEL : this;
    }

    /**
     * Why {@link #FOCUSED} would not write what {@link #KERNEL} writes with these {@code cflags}
     * (the option at fault), or null when it would: the last {@code -O} option must be {@code -O2}
     * and no option may change clang's pass pipeline.
     */
    public static String focusedDiffersFromKernel(List<String> cflags) {
        String level = null;
        for (String f : cflags) {
            if (f.startsWith("-O")) {
                level = f;
            }
            for (String p : PIPELINE_FLAGS) {
                if (p.endsWith("=") || p.endsWith("-") ? f.startsWith(p) : f.equals(p)) {
                    return f;
                }
            }
        }
        if (level == null) {
            return "no -O option (clang's -O0)";
        }
        return level.equals("-O2") ? null : level;
    }

    /** The value users write ({@code kernelRust.finish}). */
    public String value() {
        return value;
    }

    /** Whether this finish runs {@code opt} before code generation. */
    public boolean runsOpt() {
        return optPasses != null;
    }

    /** The {@code opt -passes=} pipeline; only for finishes that {@link #runsOpt()}. */
    public String optPasses() {
        if (optPasses == null) {
            throw new IllegalStateException("finish=" + value + " runs no opt");
        }
        return optPasses;
    }

    /** Extra clang flags of the code-generation step. */
    public List<String> clangFlags() {
        return runsOpt() ? List.of("-Xclang", "-disable-llvm-optzns") : List.of();
    }
}
