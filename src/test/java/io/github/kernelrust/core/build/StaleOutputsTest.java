package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.FakeTools;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.ModeDecision;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.Tool;
import io.github.kernelrust.core.toolchain.ToolKind;
import io.github.kernelrust.core.toolchain.Toolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching modes in one folder: what the other mode left is removed with its records, the rest stays. */
class StaleOutputsTest {
    private static final Tool CLANG = FakeTools.probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22");
    private static final Toolchain TOOLS = new Toolchain(
            FakeTools.probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"), CLANG, null, null, null);
    private static final CrateSpec CRATE = new CrateSpec("k", Path.of("/src/lib.rs"), List.of(), true, "helpers",
            "2021", List.of());

    @TempDir
    Path out;

    private BuildSettings settings(FinishStep finish) {
        return new BuildSettings(out, Target.of("x86_64", null, null), List.of(Path.of("/h/a.c")), List.of(),
                List.of("-O2"), List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of()),
                        new HelperVariant("helpers_module", List.of("MODULE"))), List.of(CRATE), List.of(),
                CoreFromSource.AUTO, Path.of("/cache"), finish, GenerateBindings.AUTO, false, Wrap.NONE, true);
    }

    private static Detection detection(Mode mode) {
        return new Detection(TOOLS, new ModeDecision(mode, mode == Mode.INLINE, null, CLANG));
    }

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Files.writeString(out.resolve(n), n);
        }
    }

    private TreeSet<String> left() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static final String[] INLINE = {"helpers.bc", ".helpers.bc.cmd", ".helpers.bc.warnings", "helpers.ll",
        ".helpers.ll.cmd", "helpers_module.bc", ".helpers_module.bc.cmd", "k.bc", ".k.bc.cmd", "k.ll", ".k.ll.cmd",
        "k.m.bc", ".k.m.bc.cmd", "k.i.bc", ".k.i.bc.cmd", "k.o", ".k.o.cmd", "libk.rmeta", "k.d"};
    private static final String[] OUT_OF_LINE = {"helpers.o", ".helpers.o.cmd", "helpers.abi.bc",
        ".helpers.abi.bc.cmd", "helpers.abi.ll", ".helpers.abi.ll.cmd", "helpers_module.o", ".helpers_module.o.cmd",
        "helpers_module.abi.bc", ".helpers_module.abi.bc.cmd", "k.bc", "k.ll", ".k.ll.cmd", "k.o", ".k.o.cmd",
        "libk.rmeta", "k.d"};

    /** What both modes make and rebuild: the crate's object, bitcode (with its disassembly), metadata, dep-info. */
    private static final List<String> SHARED = List.of("k.bc", "k.ll", ".k.ll.cmd", "k.o", ".k.o.cmd", "libk.rmeta",
            "k.d");

    private TreeSet<String> leftAfterSwitchingTo(Mode mode, String... before) throws IOException {
        touch(before);
        BuildSettings s = settings(FinishStep.FOCUSED);
        Detection d = detection(mode);
        StaleOutputs.remove(StaleOutputs.helpers(s, d));
        StaleOutputs.remove(StaleOutputs.crate(s, d, CRATE));
        return left();
    }

    @Test
    void outOfLineRemovesWhatInlineModeLeftAndItsRecords() throws IOException {
        assertEquals(new TreeSet<>(SHARED), leftAfterSwitchingTo(Mode.OUT_OF_LINE, INLINE));
    }

    @Test
    void inlineRemovesWhatOutOfLineModeLeftAndItsRecords() throws IOException {
        assertEquals(new TreeSet<>(SHARED), leftAfterSwitchingTo(Mode.INLINE, OUT_OF_LINE));
    }

    @Test
    void aBuildInItsOwnModeRemovesNothingItMakes() throws IOException {
        assertEquals(new TreeSet<>(List.of(INLINE)), leftAfterSwitchingTo(Mode.INLINE, INLINE));
    }

    @Test
    void theKernelFinishRemovesTheOptModuleOfAnEarlierFocusedFinish() throws IOException {
        touch(INLINE);
        BuildSettings s = settings(FinishStep.KERNEL);

        StaleOutputs.remove(StaleOutputs.crate(s, detection(Mode.INLINE), CRATE));

        TreeSet<String> expected = new TreeSet<>(List.of(INLINE));
        expected.removeAll(List.of("k.i.bc", ".k.i.bc.cmd"));
        assertEquals(expected, left());
    }

    @Test
    void aHiddenOutputsRecordAndWarningsTakeNoSecondDot() {
        assertEquals(List.of(out.resolve("k.o"), out.resolve(".k.o.cmd"), out.resolve(".k.o.warnings")),
                StaleOutputs.withRecord(out.resolve("k.o")));
        assertEquals(List.of(out.resolve(".pkg-config.dirs"), out.resolve(".pkg-config.dirs.cmd"),
                out.resolve(".pkg-config.dirs.warnings")), StaleOutputs.withRecord(out.resolve(".pkg-config.dirs")));
    }
}
