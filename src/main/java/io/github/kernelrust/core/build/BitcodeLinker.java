package io.github.kernelrust.core.build;

import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.inlining.CallAdapter;
import io.github.kernelrust.core.inlining.Reoptimization;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The heart of inline mode, in two steps per crate:
 * <ol>
 * <li>{@code llvm-link --internalize CRATE.bc helpers.bc -o CRATE.m.bc}: the crate comes first
 * because {@code --internalize} gives internal linkage only to the symbols of the files after the
 * first, which makes each helper as local as a {@code static inline} and lets LLVM drop it once
 * inlined;</li>
 * <li>the finish ({@link FinishStep}): {@code opt -passes=always-inline,... CRATE.m.bc -o CRATE.i.bc}
 * then clang code generation only ({@code focused}, the default, {@code selective} and {@code fast}; the
 * first two run opt twice when they keep some functions as rustc optimized them), or the kernel's
 * {@code clang <target> <cflags> -Wno-override-module -c CRATE.m.bc -o CRATE.o} ({@code kernel}).</li>
 * </ol>
 * The kernel passes {@code --suppress-warnings} to hide the expected target-triple warning
 * (clang says {@code x86_64-pc-linux-gnu} or {@code aarch64-linux-gnu}, rustc
 * {@code x86_64-unknown-linux-gnu} or {@code aarch64-unknown-none}). That would hide every
 * other warning too, such as a data-layout mismatch, so this step filters the triple warning
 * itself: it goes to DEBUG, any other warning to WARN (as every step's warnings do).
 */
final class BitcodeLinker {
    private static final Pattern TRIPLE_WARNING = Pattern.compile(
            "^warning: Linking two modules of different target triples: ");

    private BitcodeLinker() {
    }

    public static Path merged(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".m.bc");
    }

    public static Step link(BuildSettings s, Detection d, CrateSpec c) {
        return link(s, d, c, HelperCompiler.output(s, Mode.INLINE, s.variant(c.helpers())));
    }

    /** The helpers' IR with call adapters for crate {@code c} ({@link CallAdapter}), as text and as bitcode. */
    public static Path bridgedText(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".abi.ll");
    }

    public static Path bridged(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".abi.bc");
    }

    /** {@code llvm-as NAME.abi.ll -o NAME.abi.bc}: the helpers with the crate's call adapters, as bitcode. */
    public static Step assemble(BuildSettings s, Path llvmAs, CrateSpec c) {
        Path in = bridgedText(s, c);
        Path out = bridged(s, c);
        return new Step("Assembling the call adapters of crate " + c.name(), Command.of("LLVM-AS " + out.getFileName(),
                List.of(llvmAs.toString(), in.toString(), "-o", AtomicFiles.temporary(out).toString())), List.of(out),
                () -> List.of(in));
    }

    /** {@code llvm-link --internalize CRATE.bc HELPERS -o CRATE.m.bc}, with the helpers' bitcode given. */
    public static Step link(BuildSettings s, Detection d, CrateSpec c, Path helpersBc) {
        Path crateBc = CrateCompiler.bitcode(s, c);
        Path out = merged(s, c);
        List<String> argv = List.of(d.toolchain().llvmLink().path().toString(), "--internalize",
                crateBc.toString(), helpersBc.toString(), "-o", AtomicFiles.temporary(out).toString());
        return new Step("Linking the helpers into crate " + c.name(),
                Command.of("LLVM-LINK " + out.getFileName(), argv), List.of(out), () -> List.of(crateBc, helpersBc))
                .expecting(w -> TRIPLE_WARNING.matcher(w).find());
    }

    /** The module an opt finish writes: the merged one with the helpers inlined and optimized. */
    public static Path inlined(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".i.bc");
    }

    /** An opt finish, first half: {@code opt -passes=always-inline,... NAME.m.bc -o NAME.i.bc}. */
    public static Step inline(BuildSettings s, FinishStep finish, Path opt, CrateSpec c) {
        return optStep(opt, "Inlining the helpers of crate " + c.name(), finish.optPasses(), merged(s, c), null,
                inlined(s, c));
    }

    /** The module between the two opt runs of {@code selective} or {@code focused}: the kept functions marked. */
    public static Path cleaned(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".c.bc");
    }

    /** The {@code forceattrs} arguments of the first opt run (marking) or the second (unmarking). */
    public static Path marks(BuildSettings s, CrateSpec c, boolean mark) {
        return s.outputDirectory().resolve(c.name() + (mark ? ".mark.rsp" : ".unmark.rsp"));
    }

    /**
     * The opt runs of a finish that {@link FinishStep#marksFunctions() marks functions}, first half of
     * the finish: one run when the crate's functions are all optimized again or none is; else two.
     * {@code selective}: {@code opt -passes=<clean-ups>,forceattrs @NAME.mark.rsp NAME.m.bc -o NAME.c.bc},
     * then {@code opt -passes=function(<-O2 passes>),forceattrs @NAME.unmark.rsp NAME.c.bc -o NAME.i.bc}.
     * {@code focused}: {@code opt -passes=forceattrs,<its passes> @NAME.mark.rsp NAME.m.bc -o NAME.c.bc},
     * then {@code opt -passes=forceattrs @NAME.unmark.rsp NAME.c.bc -o NAME.i.bc}.
     * The response files must hold {@link Reoptimization#pinArguments()} and
     * {@link Reoptimization#unpinArguments()} (see {@link #writeMarks}).
     */
    public static List<Step> inlineSelectively(BuildSettings s, FinishStep finish, Path opt, CrateSpec c,
            Reoptimization r) {
        String what = "Inlining the helpers of crate " + c.name();
        String passes = finish.optPasses(r);
        if (!r.mixed()) {
            return List.of(optStep(opt, what, passes, merged(s, c), null, inlined(s, c)));
        }
        return List.of(optStep(opt, what, passes, merged(s, c), marks(s, c, true), cleaned(s, c)),
                optStep(opt, finish.secondRunDoes(c.name()), finish.secondPasses(), cleaned(s, c),
                        marks(s, c, false), inlined(s, c)));
    }

    /** Writes the two response files of {@link #inlineSelectively} (when the choice is mixed), else removes them. */
    public static void writeMarks(BuildSettings s, CrateSpec c, Reoptimization r) {
        for (boolean mark : new boolean[] {true, false}) {
            Path file = marks(s, c, mark);
            if (r.mixed()) {
                AtomicFiles.write(file, String.join("\n", mark ? r.pinArguments() : r.unpinArguments()) + "\n");
            } else {
                AtomicFiles.deleteQuietly(file);
            }
        }
    }

    private static Step optStep(Path opt, String what, String passes, Path in, Path responseFile, Path out) {
        List<String> argv = new ArrayList<>(List.of(opt.toString(), "-passes=" + passes));
        if (responseFile != null) {
            argv.add("@" + responseFile);
        }
        argv.addAll(List.of(in.toString(), "-o", AtomicFiles.temporary(out).toString()));
        List<Path> inputs = responseFile == null ? List.of(in) : List.of(in, responseFile);
        return new Step(what, Command.of("OPT " + out.getFileName(), argv), List.of(out), () -> inputs);
    }

    /**
     * LLVM's reasons for the helper calls it leaves: the merged module optimized as the kernel's
     * finish does ({@code clang -O2} with the cflags), with missed-inline remarks on and no output.
     * The fast finish's always-inline pass names no reason for what it skips, so every finish asks
     * clang's inliner.
     */
    static Command remarks(BuildSettings s, Detection d, CrateSpec c) {
        List<String> argv = new ArrayList<>();
        argv.add(d.toolchain().clang().path().toString());
        argv.add("--target=" + s.target().clangTarget());
        argv.addAll(s.cflags());
        argv.addAll(List.of("-Wno-override-module", "-Wno-unused-command-line-argument", "-Rpass-missed=inline", "-c",
                merged(s, c).toString(), "-o", "/dev/null"));
        return s.command("REMARKS " + c.name(), argv);
    }

    /** The object: clang over {@code NAME.m.bc} (kernel) or {@code NAME.i.bc} (code generation only). */
    public static Step finish(BuildSettings s, FinishStep finish, Detection d, CrateSpec c) {
        Path in = finish.runsOpt() ? inlined(s, c) : merged(s, c);
        Path out = CrateCompiler.object(s, c);
        List<String> argv = new ArrayList<>();
        argv.add(d.toolchain().clang().path().toString());
        argv.add("--target=" + s.target().clangTarget());
        argv.addAll(s.cflags());
        argv.addAll(finish.clangFlags());
        argv.addAll(List.of("-Wno-override-module", "-Wno-unused-command-line-argument", "-c", in.toString(), "-o",
                AtomicFiles.temporary(out).toString()));
        return new Step("Compiling the merged module of crate " + c.name(),
                s.command("CC " + out.getFileName(), argv), List.of(out), () -> List.of(in));
    }
}
