package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of a crate's functions the {@code selective} finish optimizes again once the helpers are
 * inlined, and which it leaves as rustc optimized them (after the local clean-ups that every
 * function gets).
 * <p>
 * A function is optimized again when it calls a helper whose body orders no memory: once such a
 * helper lands in a loop, {@code -O2}'s loop passes can unroll, vectorize or hoist what the call
 * used to hide, as they do in C. A function whose helpers all hold an atomic read-modify-write, a
 * fence, a sequentially consistent store or inline assembly is left alone: that operation costs
 * more than the loop overhead unrolling saves, and nothing can vectorize, hoist or merge it, so
 * optimizing the loop again changes its size, not its speed. A function that calls no helper
 * is as rustc optimized it, and stays so.
 * <p>
 * The kept functions are marked {@code optnone} (which needs {@code noinline}) for the
 * re-optimizing passes, and unmarked after them, with {@code opt}'s {@code forceattrs} pass:
 * {@link #pinArguments()} and {@link #unpinArguments()} are the response-file lines for both.
 * Functions that carry {@code alwaysinline} or {@code optnone} already, and names a response
 * file or {@code forceattrs} could misread, are never kept: they are optimized again, which is
 * what {@code focused} would do.
 *
 * <p>
 * {@link #callers} makes the same kind of choice for {@code focused}: every function that calls a
 * helper is optimized again, whatever the helper holds, and only the functions that call none are
 * kept, exactly as rustc optimized them. It also names the C functions those helpers still call
 * that clang's inliner may inline ({@link #inlinable}): defined beside the helpers, without
 * {@code noinline}, left as calls when the helpers were compiled (liburcu's
 * {@code _cds_wfcq_dequeue_with_state_blocking}, which several of its functions share). Once the
 * helpers are inlined into Rust, {@code -O2}'s inliner inlines such a function where only one
 * call is left; without an inliner the Rust loop keeps the call.
 *
 * @param reoptimized the functions optimized again, sorted
 * @param kept        the functions left as they are, sorted
 * @param hadNoInline the kept functions that carried {@code noinline} already (it stays)
 * @param inlinable   the C functions the reoptimized functions' helpers call that an inliner may inline, sorted
 */
public record Reoptimization(List<String> reoptimized, List<String> kept, List<String> hadNoInline,
        List<String> inlinable) {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$.][A-Za-z0-9_$.]*");

    public Reoptimization {
        reoptimized = List.copyOf(reoptimized);
        kept = List.copyOf(kept);
        hadNoInline = List.copyOf(hadNoInline);
        inlinable = List.copyOf(inlinable);
    }

    /** A choice that leaves no C function for an inliner. */
    public Reoptimization(List<String> reoptimized, List<String> kept, List<String> hadNoInline) {
        this(reoptimized, kept, hadNoInline, List.of());
    }

    /** {@code selective}'s choice for a crate's module (before llvm-link) and the helpers it links. */
    public static Reoptimization of(IrModule crate, IrModule helpers) {
        return choose(crate, helpers, h -> !h.body().ordersMemory());
    }

    /**
     * {@code focused}'s choice: the functions that call a helper of {@code helpers} (any helper) are
     * optimized again; the ones that call none are kept.
     */
    public static Reoptimization callers(IrModule crate, IrModule helpers) {
        Reoptimization r = choose(crate, helpers, h -> true);
        List<String> inlinable = r.reoptimized().stream().flatMap(f -> crate.function(f).stream())
                .flatMap(f -> callees(f, helpers)).filter(IrModule.Function::defined)
                .flatMap(helper -> callees(helper, helpers)).filter(Reoptimization::inlinableCallee)
                .map(IrModule.Function::name).distinct().sorted().toList();
        return new Reoptimization(r.reoptimized(), r.kept(), r.hadNoInline(), inlinable);
    }

    /** The functions of {@code in} that {@code f} calls. */
    private static Stream<IrModule.Function> callees(IrModule.Function f, IrModule in) {
        return f.body().calls().stream().map(in::function).flatMap(Optional::stream);
    }

    /**
     * Every C function of {@code helpers} that a helper ({@code rust_helper_*}, or another
     * always-inline definition) calls and that an inliner may inline ({@link #inlinableCallee}), sorted.
     */
    public static List<String> helperCallees(IrModule helpers) {
        return helpers.functions().values().stream()
                .filter(f -> f.defined() && (f.alwaysInline() || f.name().startsWith(HelperDefinitions.PREFIX)))
                .flatMap(f -> callees(f, helpers)).filter(Reoptimization::inlinableCallee)
                .map(IrModule.Function::name).distinct().sorted().toList();
    }

    /**
     * A C function a helper calls that an inliner may inline once the helper is in Rust: defined in
     * the helpers' module, neither always-inline (another helper: {@code always-inline} inlines it)
     * nor {@code noinline} (a cold warning path such as {@code refcount_warn_saturate}).
     */
    private static boolean inlinableCallee(IrModule.Function f) {
        return f.defined() && !f.alwaysInline() && !f.body().noInline() && !f.body().optNone();
    }

    /** Optimizes again the functions that call a helper {@code counts} accepts, and those that cannot be marked. */
    private static Reoptimization choose(IrModule crate, IrModule helpers, Predicate<IrModule.Function> counts) {
        List<String> again = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> noInline = new ArrayList<>();
        for (IrModule.Function f : crate.functions().values()) {
            if (!f.defined()) {
                continue;
            }
            IrModule.Body b = f.body();
            boolean pinnable = !f.alwaysInline() && !b.optNone() && PLAIN_NAME.matcher(f.name()).matches();
            boolean callsHelper = callees(f, helpers).anyMatch(h -> h.defined() && counts.test(h));
            if (callsHelper || !pinnable) {
                again.add(f.name());
            } else {
                kept.add(f.name());
                if (b.noInline()) {
                    noInline.add(f.name());
                }
            }
        }
        return new Reoptimization(again, kept, noInline);
    }

    /** Whether both lists are non-empty: only then do the kept functions need marking. */
    public boolean mixed() {
        return !reoptimized.isEmpty() && !kept.isEmpty();
    }

    /** {@code forceattrs} arguments that mark the kept functions {@code optnone} and {@code noinline}. */
    public List<String> pinArguments() {
        List<String> args = new ArrayList<>();
        for (String f : kept) {
            args.add("-force-attribute=" + f + ":optnone");
            args.add("-force-attribute=" + f + ":noinline");
        }
        return args;
    }

    /** {@code forceattrs} arguments that take the marks off again ({@code noinline} only where it was added). */
    public List<String> unpinArguments() {
        List<String> args = new ArrayList<>();
        for (String f : kept) {
            args.add("-force-remove-attribute=" + f + ":optnone");
            if (!hadNoInline.contains(f)) {
                args.add("-force-remove-attribute=" + f + ":noinline");
            }
        }
        return args;
    }
}
