package io.github.kernelrust.core.build;

import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an earlier build of the other mode (or another configuration) left in the output folder
 * and this one does not make: removed with its up-to-date record and kept warnings, so nothing of
 * it looks current or is read as this build's. Inline mode makes {@code VARIANT.bc} and, per
 * crate that links the helpers, {@code NAME.m.bc} (and {@code NAME.i.bc} with an opt finish,
 * {@code NAME.c.bc} and {@code NAME.mark.rsp}, {@code NAME.unmark.rsp} with {@code selective});
 * out of line makes {@code VARIANT.o}, {@code VARIANT.abi.bc} (with clang) and each crate's
 * {@code NAME.o} straight from rustc. {@code NAME.bc} is made in both (the ABI check reads it),
 * by differently recorded steps: the record of the linking build's is removed when a crate does
 * not link, so the bitcode rustc rewrote is not taken for damaged later.
 */
final class StaleOutputs {
    private StaleOutputs() {
    }

    /** Deletes each file. */
    static void remove(List<Path> files) {
        files.forEach(AtomicFiles::deleteQuietly);
    }

    /** An output with the record of the step that made it ({@code .NAME.cmd}) and its kept warnings. */
    static List<Path> withRecord(Path output) {
        return List.of(output, Step.recordOf(output), Step.warningsOf(output));
    }

    /** The helper files (outputs, records, warnings) the current mode does not make, for every variant. */
    static List<Path> helpers(BuildSettings s, Detection d) {
        List<Path> files = new ArrayList<>();
        helperOutputs(s, d).forEach(o -> files.addAll(withRecord(o)));
        return files;
    }

    private static List<Path> helperOutputs(BuildSettings s, Detection d) {
        List<Path> stale = new ArrayList<>();
        for (HelperVariant v : s.helperVariants()) {
            if (d.mode() == Mode.INLINE) {
                Path ir = Boundary.helperIr(s, Mode.OUT_OF_LINE, v);
                stale.addAll(List.of(HelperCompiler.output(s, Mode.OUT_OF_LINE, v), ir, Boundary.disassembly(ir)));
            } else {
                Path bc = HelperCompiler.output(s, Mode.INLINE, v);
                stale.addAll(List.of(bc, Boundary.disassembly(bc)));
                if (!Boundary.checkable(d)) {
                    Path ir = Boundary.helperIr(s, Mode.OUT_OF_LINE, v);
                    stale.addAll(List.of(ir, Boundary.disassembly(ir)));
                }
            }
        }
        return stale;
    }

    /**
     * What only {@code finish=selective} and {@code focused} make: the module between their two opt
     * runs, and their response files.
     */
    static List<Path> marking(BuildSettings s, CrateSpec c) {
        List<Path> files = new ArrayList<>(withRecord(BitcodeLinker.cleaned(s, c)));
        files.add(BitcodeLinker.marks(s, c, true));
        files.add(BitcodeLinker.marks(s, c, false));
        return files;
    }

    /** The files of a crate that this build does not make: the linking steps', when it does not link. */
    static List<Path> crate(BuildSettings s, Detection d, CrateSpec c) {
        List<Path> files = new ArrayList<>();
        if (CrateCompiler.linksHelpers(s, c, d.mode())) {
            if (!s.effectiveFinish().runsOpt()) {
                files.addAll(withRecord(BitcodeLinker.inlined(s, c)));
            }
            if (!s.effectiveFinish().marksFunctions()) {
                files.addAll(marking(s, c));
            }
            return files;
        }
        files.addAll(withRecord(BitcodeLinker.merged(s, c)));
        files.addAll(withRecord(BitcodeLinker.inlined(s, c)));
        files.addAll(withRecord(BitcodeLinker.bridged(s, c)));
        files.add(BitcodeLinker.bridgedText(s, c));
        files.addAll(marking(s, c));
        // NAME.bc stays (rustc writes it again); its record as the linking build's first output goes
        Path bc = CrateCompiler.bitcode(s, c);
        files.addAll(withRecord(bc).subList(1, 3));
        return files;
    }
}
