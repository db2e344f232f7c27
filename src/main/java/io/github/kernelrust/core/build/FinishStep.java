package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.inlining.IrModule;
import io.github.kernelrust.core.inlining.Reoptimization;
import java.util.List;
import java.util.Locale;

/**
 * How a merged module ({@code NAME.m.bc}) becomes {@code NAME.o}. Every finish but {@link #KERNEL}
 * runs {@code opt -passes=...} to {@code NAME.i.bc} ({@link #SELECTIVE}, and {@link #FOCUSED} when
 * some functions call no helper, through {@code NAME.c.bc}), then clang generates code without
 * re-running the optimizer ({@code -Xclang -disable-llvm-optzns}).
 */
public enum FinishStep {
    /**
     * As the kernel: {@code clang -O2 -c NAME.m.bc}, which runs clang's whole optimization pipeline
     * again over Rust code that rustc already optimized.
     */
    KERNEL("kernel", null),
    /**
     * The default. The helpers are compiled for inlining ({@link #helperFlags()}: clang's ThinLTO
     * pre-link pipeline, which leaves unrolling and vectorizing to the function a helper lands in).
     * Then {@code opt} inlines the always-inline helpers, runs the passes of clang's {@code -O2}
     * function pipeline that act on the code a helper brought in (in {@code -O2}'s order and with its
     * options), and drops the C functions nothing calls any more. Those passes run in the functions
     * that call a helper; the functions that call none are marked {@code optnone} while they run and
     * unmarked by a second {@code opt} run ({@code forceattrs} alone), so they stay exactly as rustc
     * optimized them, as in the out-of-line build. When the helpers call C functions of their own
     * that clang left as calls and an inliner may inline ({@link Reoptimization#inlinable()}: liburcu's
     * {@code _cds_wfcq_dequeue_with_state_blocking}), {@code -O2}'s inliner and its function passes
     * run first ({@link #optPasses(Reoptimization)}), as the kernel's {@code -O2} does.
     * On every benchmark (docs/benchmarks.md) each function is instruction for instruction the one
     * {@link #KERNEL} writes, except where the kernel's fully optimized helper kept a shape of its
     * own inside the Rust loop (the example's {@code atomic_add_unless}): there it is what
     * cross-language ThinLTO writes, closer to the C loop.
     */
    FOCUSED("focused", "always-inline,function(" + Passes.O2_FUNCTION + ")," + Passes.DROP_DEAD),
    /**
     * {@code opt} inlines the always-inline helpers and cleans up around them (as
     * {@link #FAST}), then runs {@link #FOCUSED}'s {@code -O2} passes again only in the functions
     * where a helper that orders no memory landed ({@code Reoptimization}: not an atomic
     * read-modify-write, a fence or inline assembly, which no loop pass can speed up). Those
     * functions are instruction for instruction what {@link #KERNEL} writes; the others are as
     * {@link #FAST} writes them. Two {@code opt} runs: the first marks the functions it leaves
     * {@code optnone}, the second takes the mark off.
     */
    SELECTIVE("selective", Passes.CLEAN_UP + ",forceattrs"),
    /**
     * Only what the helpers need: {@code opt} inlines the always-inline helpers and cleans up
     * around them. Loops that held a helper call are not re-optimized
     * (not unrolled or vectorized as {@code -O2} would once the call is gone).
     */
    FAST("fast", Passes.CLEAN_UP + "," + Passes.DROP_DEAD);

    /** The {@code opt} pipelines the finishes share. */
    private static final class Passes {
        /**
         * Inlining the always-inline helpers, and the local clean-ups around them. {@code instcombine}
         * without checking that one round reached a fixpoint, as clang's own pipelines run it: {@code opt}
         * checks by default and aborts (LLVM ERROR) on code where a second round would still change
         * something, such as rustc's bitcode of the Rust library's {@code libm}.
         */
        static final String CLEAN_UP = "always-inline,function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg)";
        /**
         * Dropping the internal functions nothing calls any more (C functions defined beside the
         * helpers), as {@code -O2} does.
         */
        static final String DROP_DEAD = "globaldce";
        /** The passes of clang's {@code -O2} function pipeline that act on the code a helper brought in. */
        static final String O2_FUNCTION = "sroa<modify-cfg>,early-cse<memssa>,jump-threading,"
                + "simplifycfg<switch-range-to-icmp>,instcombine<no-verify-fixpoint>,reassociate,constraint-elimination,"
                + "loop-mssa(licm<no-allowspeculation>,loop-rotate,licm),simplifycfg<switch-range-to-icmp>,"
                + "instcombine<no-verify-fixpoint>,gvn,dse,instcombine<no-verify-fixpoint>,"
                + "loop-vectorize,slp-vectorizer,loop-unroll,instcombine<no-verify-fixpoint>";
        /**
         * {@code -O2}'s inliner, with the function simplification passes it runs in each function
         * after inlining into it: {@code -O2}'s own list ({@code opt -passes='default<O2>'
         * -print-pipeline-passes}), less what does nothing on a CPU target (coroutines, OpenMP,
         * speculative execution for GPUs) and spelt with each pass's defaults where {@code -O2}'s
         * options are those.
         */
        static final String O2_INLINER = "cgscc(devirt<4>(inline,function(sroa<modify-cfg>,early-cse<memssa>,"
                + "jump-threading,correlated-propagation,simplifycfg<switch-range-to-icmp>,instcombine<no-verify-fixpoint>,"
                + "aggressive-instcombine,libcalls-shrinkwrap,tailcallelim,simplifycfg<switch-range-to-icmp>,reassociate,"
                + "constraint-elimination,loop-mssa(loop-instsimplify,loop-simplifycfg,licm<no-allowspeculation>,"
                + "loop-rotate,licm<allowspeculation>,simple-loop-unswitch<no-nontrivial;trivial>),"
                + "simplifycfg<switch-range-to-icmp>,instcombine<no-verify-fixpoint>,loop(loop-idiom,indvars,"
                + "loop-deletion,loop-unroll-full),sroa<modify-cfg>,vector-combine,mldst-motion<no-split-footer-bb>,gvn,"
                + "sccp,bdce,instcombine<no-verify-fixpoint>,jump-threading,correlated-propagation,adce,memcpyopt,dse,"
                + "move-auto-init,loop-mssa(licm<allowspeculation>),"
                + "simplifycfg<switch-range-to-icmp;hoist-common-insts;sink-common-insts>,"
                + "instcombine<no-verify-fixpoint>)))";
        /**
         * The function passes of {@code -O2}'s optimization pipeline, which follow the inliner:
         * loop vectorization and unrolling, the SLP vectorizer and their clean-ups.
         */
        static final String O2_LATE = "float2int,lower-constant-intrinsics,loop(loop-rotate,loop-deletion),"
                + "loop-distribute,loop-vectorize,loop-load-elim,instcombine<no-verify-fixpoint>,"
                + "simplifycfg<forward-switch-cond;switch-range-to-icmp;switch-to-lookup;no-keep-loops;"
                + "hoist-common-insts;sink-common-insts>,slp-vectorizer,vector-combine,instcombine<no-verify-fixpoint>,"
                + "loop-unroll<O2>,sroa<preserve-cfg>,instcombine<no-verify-fixpoint>,loop-mssa(licm<allowspeculation>),"
                + "alignment-from-assumptions,loop-sink,instsimplify,div-rem-pairs,tailcallelim,"
                + "simplifycfg<switch-range-to-icmp>";
        /**
         * {@link FinishStep#FOCUSED}'s pipeline for a crate whose helpers call C functions an inliner
         * may inline: every function pass of {@code -O2}, with its inliner, in the functions that call
         * a helper. No module pass ({@code ipsccp}, {@code globalopt}, {@code deadargelim}): those
         * would change the kept functions, which {@code optnone} protects from function passes only.
         */
        static final String FOCUSED_INLINING = "always-inline," + O2_INLINER + ",function(" + O2_LATE + "),"
                + DROP_DEAD;
    }

    /** The value of the default finish ({@link #FOCUSED}), also the mojo parameter's default. */
    public static final String DEFAULT_VALUE = "focused";

    private final String value;
    private final String optPasses;

    FinishStep(String value, String optPasses) {
        this.value = value;
        this.optPasses = optPasses;
    }

    public static FinishStep parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            v = DEFAULT_VALUE;
        }
        for (FinishStep f : values()) {
            if (f.value.equals(v)) {
                return f;
            }
        }
        throw new KernelRustException("kernelRust.finish is '" + value
                + "'; use focused (the default: opt inlines the helpers and re-runs the -O2 passes that act on"
                + " them, then code generation), selective (the same -O2 passes only where a helper without"
                + " atomics landed), kernel (clang -O2 over the merged module, as the kernel"
                + " does) or fast (opt inlines the helpers and cleans up, then code generation).");
    }

    /**
     * Options in {@code cflags} that change which passes clang runs on the merged module: with any
     * of them, or an optimization level other than {@code -O2}, {@code finish=kernel} does not run
     * {@code -O2}'s passes, so {@link #FOCUSED} and {@link #SELECTIVE} (which do) would not give its result.
     */
    private static final List<String> PIPELINE_FLAGS = List.of("-funroll-loops", "-fno-unroll-loops",
            "-fvectorize", "-fno-vectorize", "-ftree-vectorize", "-fno-tree-vectorize", "-fslp-vectorize",
            "-fno-slp-vectorize", "-ftree-slp-vectorize", "-fno-tree-slp-vectorize", "-mllvm", "-fsanitize=",
            "-fprofile-", "-fpass-plugin=");

    /**
     * The finish to run with these {@code cflags}: this one, except {@link #FOCUSED} and
     * {@link #SELECTIVE} when the {@code cflags} do not leave clang at plain {@code -O2} (see
     * {@link #focusedDiffersFromKernel}): then the kernel's command, whose result they promise
     * (everywhere, or where they optimize again).
     */
    public FinishStep with(List<String> cflags) {
        return runsO2Passes() && focusedDiffersFromKernel(cflags) != null ? KERNEL : this;
    }

    /** Whether this finish runs (some of) {@code -O2}'s function passes itself, and so promises their result. */
    public boolean runsO2Passes() {
        return this == FOCUSED || this == SELECTIVE;
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

    /** Whether this is the finish a build gets when it sets none. */
    public boolean isDefault() {
        return value.equals(DEFAULT_VALUE);
    }

    /** The value users write ({@code kernelRust.finish}). */
    public String value() {
        return value;
    }

    /** Whether this finish runs {@code opt} before code generation. */
    public boolean runsOpt() {
        return optPasses != null;
    }

    /**
     * The {@code opt -passes=} pipeline; only for finishes that {@link #runsOpt()}. For
     * {@link #SELECTIVE} it is the first of its two runs, see {@link #optPasses(Reoptimization)}.
     */
    public String optPasses() {
        if (optPasses == null) {
            throw new IllegalStateException("finish=" + value + " runs no opt");
        }
        return optPasses;
    }

    /**
     * The pipeline of the first (or only) {@code opt} run, given what the crate holds:
     * {@link #SELECTIVE} runs {@link #FOCUSED}'s when every function is optimized again,
     * {@link #FAST}'s when none is, and its own (clean-ups, then marking the kept functions) otherwise.
     * {@link #FOCUSED} marks the kept functions first ({@code forceattrs}) when there are any, and
     * only drops the unused helpers when no function calls one. When the helpers call C functions
     * that an inliner may inline ({@link Reoptimization#inlinable()}), {@link #FOCUSED} runs
     * {@code -O2}'s inliner and its simplification passes in the functions it optimizes again,
     * before its own passes, as {@link #KERNEL}'s {@code -O2} does.
     */
    public String optPasses(Reoptimization r) {
        boolean anyReoptimized = !r.reoptimized().isEmpty();
        boolean anyKept = !r.kept().isEmpty();
        if (this == FOCUSED) {
            String passes = r.inlinable().isEmpty() ? optPasses() : Passes.FOCUSED_INLINING;
            if (anyKept) {
                return anyReoptimized ? "forceattrs," + passes : "always-inline," + Passes.DROP_DEAD;
            }
            return passes;
        }
        if (this != SELECTIVE || anyReoptimized && anyKept) {
            return optPasses();
        }
        return anyReoptimized ? FOCUSED.optPasses() : FAST.optPasses();
    }

    /** Whether this finish marks the functions it keeps, and so may run {@code opt} twice. */
    public boolean marksFunctions() {
        return this == FOCUSED || this == SELECTIVE;
    }

    /**
     * Which functions of a crate a finish that {@link #marksFunctions()} optimizes again:
     * {@link #SELECTIVE} those that call a helper without atomics or asm
     * ({@link Reoptimization#of}), {@link #FOCUSED} those that call any ({@link Reoptimization#callers}).
     */
    public Reoptimization reoptimization(IrModule crate, IrModule helpers) {
        if (!marksFunctions()) {
            throw new IllegalStateException("finish=" + value + " optimizes every function or none");
        }
        return this == SELECTIVE ? Reoptimization.of(crate, helpers) : Reoptimization.callers(crate, helpers);
    }

    /** What the functions {@link #reoptimization} optimizes again have in common, for the build log. */
    public String reoptimizedBecause() {
        return this == SELECTIVE ? "they call a helper without atomics or asm" : "they call a helper";
    }

    /** What becomes of the functions {@link #reoptimization} keeps, for the build log. */
    public String keptGet() {
        return this == SELECTIVE
                ? "the others get their helpers inlined and the clean-ups around them only"
                : "the others stay as rustc optimized them";
    }

    /**
     * The second {@code opt} run of a finish that {@link #marksFunctions()}, when some functions are
     * kept and some optimized again: {@link #reoptimizePasses()} for {@link #SELECTIVE}, and only
     * taking the marks off ({@code forceattrs}) for {@link #FOCUSED}.
     */
    public String secondPasses() {
        if (!marksFunctions()) {
            throw new IllegalStateException("finish=" + value + " runs opt once");
        }
        return this == SELECTIVE ? reoptimizePasses() : "forceattrs";
    }

    /** What {@link #secondPasses()} does to a crate, for the build log and the step's label. */
    public String secondRunDoes(String crate) {
        if (!marksFunctions()) {
            throw new IllegalStateException("finish=" + value + " runs opt once");
        }
        return this == SELECTIVE
                ? "Optimizing again the functions of crate " + crate + " where a helper landed"
                : "Unmarking the functions of crate " + crate + " that call no helper";
    }

    /**
     * {@link #SELECTIVE}'s second {@code opt} run: {@code -O2}'s function passes (skipped in the
     * functions the first run marked {@code optnone}), then taking the marks off and dropping what
     * nothing calls any more.
     */
    public static String reoptimizePasses() {
        return "function(" + Passes.O2_FUNCTION + "),forceattrs," + Passes.DROP_DEAD;
    }

    /**
     * Extra clang flags of the helpers' bitcode step. {@link #FOCUSED} compiles them as
     * cross-language ThinLTO does before its link ({@code -flto=thin}: the pre-link pipeline, which
     * simplifies and inlines as {@code -O2} does but leaves loop unrolling, vectorization and the
     * other late passes to after the link). The helpers are meant to be inlined: fully optimized
     * alone, a helper's own loop keeps, inside the Rust loop it lands in, the shape clang gave it for
     * a function of its own, and {@link #FOCUSED}'s passes then re-optimize it in its real context.
     * Output is still plain bitcode for llvm-link (with a ThinLTO summary, which llvm-link drops).
     * The other finishes compile the helpers as the kernel does.
     */
    public List<String> helperFlags() {
        return this == FOCUSED ? List.of("-flto=thin") : List.of();
    }

    /** Extra clang flags of the code-generation step. */
    public List<String> clangFlags() {
        return runsOpt() ? List.of("-Xclang", "-disable-llvm-optzns") : List.of();
    }
}
