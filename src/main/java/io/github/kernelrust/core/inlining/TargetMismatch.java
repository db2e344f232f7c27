package io.github.kernelrust.core.inlining;

import io.github.kernelrust.core.inlining.IrModule.CodeTarget;
import io.github.kernelrust.core.inlining.IrModule.Function;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why code generation of a merged module stopped with LLVM's {@code Cannot select}: a helper
 * compiled for a processor with more features than the Rust function it was inlined into.
 *
 * <p>Inlined code is generated for the function it lands in. A helper built with
 * {@code -march=corei7} (DPDK's pkg-config flags) that uses an SSE 4.2 intrinsic, such as
 * {@code _mm_crc32_u64} in {@code rte_table_hash_func.h}, works out of line; inlined into Rust
 * compiled for {@code x86-64}, the intrinsic has no instruction there, and clang crashes with a
 * backtrace. {@code always_inline} (what {@code __rust_helper} gives) is what lets LLVM inline
 * across that difference at all. This class reads the crash and the two modules' IR and says
 * which helper, which processors and which flag, so the error can say what to change.
 */
public final class TargetMismatch {
    private static final Pattern CANNOT_SELECT = Pattern.compile(
            "Cannot select: (?:intrinsic %(\\S+)|(?:\\S+ [^=\\n]*= )?(\\S+))");
    private static final Pattern ON_FUNCTION = Pattern.compile("on function '@(\"[^\"]*\"|[^']+)'");
    private static final Pattern BACKTRACE_FRAME = Pattern.compile("^ *#\\d+ 0x[0-9a-f]+ ");

    /**
     * What was found.
     *
     * @param function    the Rust function LLVM could not generate code for
     * @param instruction what it could not select: an intrinsic's name ({@code llvm.x86.sse42.crc32.64.64}), or a node's
     *                    operation ({@code X86ISD::CRC32})
     * @param rust        the processor that function is compiled for
     * @param helpers     the helpers inlined into it that are compiled for another processor (only those that
     *                    reach the intrinsic, when one is named), with their processor
     */
    public record Found(String function, String instruction, CodeTarget rust, Map<String, CodeTarget> helpers) {
        public Found {
            helpers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(helpers));
        }
    }

    private TargetMismatch() {
    }

    /**
     * The mismatch behind a failed code generation, when its diagnostics say {@code Cannot select}
     * and a helper the named function calls is compiled for another processor than the function.
     *
     * @param diagnostics what clang printed
     * @param crate       the crate's own IR (before llvm-link)
     * @param helpers     the helpers' IR
     */
    public static Optional<Found> find(String diagnostics, IrModule crate, IrModule helpers) {
        Matcher select = CANNOT_SELECT.matcher(diagnostics);
        if (!select.find()) {
            return Optional.empty();
        }
        String intrinsic = select.group(1);
        String instruction = intrinsic != null ? intrinsic : select.group(2);
        Matcher on = ON_FUNCTION.matcher(diagnostics.substring(select.start()));
        String named = on.find() ? unquote(on.group(1)) : null;
        List<Function> callers = crate.functions().values().stream()
                .filter(fn -> fn.defined() && (named == null || fn.name().equals(named))).toList();
        for (Function caller : callers) {
            Map<String, CodeTarget> differing = new LinkedHashMap<>();
            for (String callee : caller.body().calls()) {
                Optional<Function> helper = helpers.function(callee).filter(Function::defined);
                if (helper.isEmpty() || helper.get().target().equals(caller.target())) {
                    continue;
                }
                boolean relevant = intrinsic != null ? reaches(helpers, callee, intrinsic)
                        : !helper.get().target().cpu().equals(caller.target().cpu());
                if (relevant) {
                    differing.put(callee, helper.get().target());
                }
            }
            if (!differing.isEmpty()) {
                return Optional.of(new Found(caller.name(), instruction, caller.target(), differing));
            }
        }
        return Optional.empty();
    }

    /**
     * Helpers a crate calls that are compiled for another processor than the Rust functions calling
     * them ({@code target-cpu} differs; both named), when there are any. They build when they use no
     * instruction the crate's processor lacks, but their code is then generated for the crate's.
     *
     * @param crateCpu  the processor of the Rust functions that call them
     * @param helperCpu the helpers' processor
     * @param helpers   the helpers, sorted
     */
    public record OtherProcessor(String crateCpu, String helperCpu, List<String> helpers) {
    }

    /** The first {@link OtherProcessor} of a crate and its helpers, in the order of the crate's functions. */
    public static Optional<OtherProcessor> otherProcessor(IrModule crate, IrModule helpers) {
        Map<List<String>, Set<String>> byPair = new LinkedHashMap<>();
        for (Function caller : crate.functions().values()) {
            String cpu = caller.target().cpu();
            if (!caller.defined() || cpu.isEmpty()) {
                continue;
            }
            for (String callee : caller.body().calls()) {
                helpers.function(callee).filter(Function::defined).map(h -> h.target().cpu())
                        .filter(h -> !h.isEmpty() && !h.equals(cpu))
                        .ifPresent(h -> byPair.computeIfAbsent(List.of(cpu, h), k -> new java.util.TreeSet<>()).add(callee));
            }
        }
        return byPair.entrySet().stream().findFirst().map(e -> new OtherProcessor(e.getKey().get(0), e.getKey().get(1),
                List.copyOf(e.getValue())));
    }

    /**
     * The build log's line for {@link OtherProcessor}: which helpers, which processors, which flag.
     *
     * @param helperFlags as for {@link #explain}
     */
    public static String describe(OtherProcessor o, String crate, Map<String, List<String>> helperFlags) {
        List<String> origins = origins(new CodeTarget(o.helperCpu(), List.of()), helperFlags);
        int n = o.helpers().size();
        return "Crate " + crate + ": " + (n == 1 ? "its helper " + o.helpers().get(0) + " is" : n + " of its helpers are")
                + " compiled for " + o.helperCpu() + (origins.isEmpty() ? "" : " (" + String.join(", ", origins) + ")")
                + ", the crate for " + o.crateCpu() + ". Inlined, " + (n == 1 ? "its" : "their") + " code is generated for "
                + o.crateCpu()
                + "; -Ctarget-cpu=" + o.helperCpu() + " in rustflags would give the crate the helpers' processor.";
    }

    /** Whether {@code from}, or a function of the helpers' module it calls, calls {@code target}. */
    private static boolean reaches(IrModule module, String from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            Optional<Function> fn = module.function(name).filter(Function::defined);
            if (fn.isPresent()) {
                if (fn.get().body().calls().contains(target)) {
                    return true;
                }
                todo.addAll(fn.get().body().calls());
            }
        }
        return false;
    }

    /**
     * The error's first paragraph: what failed, why, where the helpers' processor comes from, and what to do.
     *
     * @param crate      the crate's name
     * @param helperFlags the helpers' C flags by where they come from ({@code cflags}, {@code pkg-config libdpdk})
     */
    public static String explain(Found f, String crate, Map<String, List<String>> helperFlags) {
        CodeTarget helper = f.helpers().values().iterator().next();
        StringBuilder sb = new StringBuilder();
        sb.append("Crate ").append(crate).append(" could not be compiled: LLVM cannot generate ")
                .append(f.instruction()).append(" in the Rust function ").append(f.function())
                .append(", compiled for ").append(f.rust().processor()).append(". It comes from the helper")
                .append(f.helpers().size() == 1 ? " " : "s ").append(String.join(", ", f.helpers().keySet()))
                .append(", C compiled for ").append(helper.describe())
                .append(". Inlined, a helper's code is generated for the processor of the function it lands in,"
                        + " which lacks what this one uses; out of line, a helper keeps its own.");
        List<String> origins = origins(helper, helperFlags);
        if (!origins.isEmpty()) {
            sb.append(" The helpers' processor comes from ").append(String.join(" and ", origins)).append('.');
        }
        String rustFlag = helper.cpu().isEmpty() || helper.cpu().equals(f.rust().cpu())
                ? "-Ctarget-feature=" + String.join(",", featuresToAsk(helper, f.rust(), helperFlags))
                : "-Ctarget-cpu=" + helper.cpu();
        sb.append(" Compile the crate for the same processor (add ").append(rustFlag)
                .append(" to kernelRust.rustflags or to the crate's <rustflags>), or keep the helpers out of line"
                        + " (kernelRust.inlineHelpers=false)");
        if (origins.stream().anyMatch(o -> o.endsWith(" in cflags"))) {
            sb.append(", or build them without that flag (kernelRust.cflagsRemove)");
        }
        return sb.append('.').toString();
    }

    /**
     * The features to ask rustc for: those of the helpers' own {@code -m} flags ({@code -mavx2} gives
     * {@code +avx2}), which rustc extends to the features they imply, else every feature the helpers
     * have beyond the Rust function's. clang writes out every feature a flag implies ({@code -mavx2}:
     * 16 of them, with {@code +cmov}, {@code +cx8} and {@code +mmx}, which rustc does not know and
     * warns about).
     */
    private static List<String> featuresToAsk(CodeTarget helper, CodeTarget rust,
                                              Map<String, List<String>> helperFlags) {
        Set<String> asked = new LinkedHashSet<>();
        helperFlags.values().forEach(flags -> flags.stream()
                .flatMap(flag -> featureOf(flag, helper).stream())
                .filter(feature -> !rust.features().contains(feature))
                .forEach(asked::add));
        return asked.isEmpty() ? helper.enabledBeyond(rust) : List.copyOf(asked);
    }

    /** The helpers' feature a flag turns on ({@code -msse4.2}: {@code +sse4.2}), when it is one. */
    private static Optional<String> featureOf(String flag, CodeTarget helper) {
        return Optional.of(flag).filter(f -> f.startsWith("-m")).map(f -> "+" + f.substring(2))
                .filter(helper.features()::contains);
    }

    /** {@code -march=corei7 in pkg-config libdpdk's flags}: the flags that choose the helpers' processor. */
    private static List<String> origins(CodeTarget helper, Map<String, List<String>> helperFlags) {
        List<String> out = new ArrayList<>();
        helperFlags.forEach((source, flags) -> {
            Set<String> chosen = new LinkedHashSet<>();
            for (String flag : flags) {
                if (flag.startsWith("-march=") || flag.startsWith("-mcpu=") || featureOf(flag, helper).isPresent()) {
                    chosen.add(flag);
                }
            }
            if (!chosen.isEmpty()) {
                out.add(String.join(" ", chosen) + " in " + (source.equals("cflags") ? "cflags" : source + "'s flags"));
            }
        });
        return out;
    }

    /** A failed command's message without LLVM's crash backtrace (its {@code #N 0x...} frames), which names no user file. */
    public static String withoutBacktrace(String message) {
        StringBuilder sb = new StringBuilder();
        int frames = 0;
        for (String line : message.split("\n", -1)) {
            if (BACKTRACE_FRAME.matcher(line).find()) {
                if (frames++ == 0) {
                    sb.append("[LLVM's backtrace left out]\n");
                }
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String unquote(String s) {
        return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
