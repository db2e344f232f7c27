package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.FakeTools;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.ModeDecision;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.ToolKind;
import io.github.kernelrust.core.toolchain.Toolchain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crate's rustc command and what its up-to-date record tracks. */
class CrateCompilerTest {
    private static final Path OUT = Path.of("/build/kernel-rust");
    private static final Detection DETECTION = new Detection(new Toolchain(
            FakeTools.probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"), null, null, null, null),
            new ModeDecision(Mode.OUT_OF_LINE, false, "no clang", null));
    private static final CrateSpec CRATE = new CrateSpec("k", Path.of("/src/lib.rs"), List.of(), true, "helpers",
            "2021", List.of("@/kernel/crate_cfg"));

    private static BuildSettings settings(Target target, List<String> rustflags, boolean bootstrap) {
        return new BuildSettings(OUT, target, List.of(), List.of(), List.of(), List.of(),
                List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())), List.of(CRATE), rustflags,
                CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL, GenerateBindings.AUTO, false, Wrap.NONE,
                bootstrap);
    }

    @Test
    void theRecordTracksEveryArgFileAndTheTargetSpecByContent() {
        BuildSettings s = settings(Target.of("aarch64", "/kernel/aarch64-kernel.json", null),
                List.of("-O", "@/kernel/include/generated/rustc_cfg"), true);

        Step step = CrateCompiler.step(s, DETECTION, CRATE, null);

        assertTrue(step.inputs().get().containsAll(List.of(Path.of("/src/lib.rs"),
                Path.of("/kernel/include/generated/rustc_cfg"), Path.of("/kernel/crate_cfg"),
                Path.of("/kernel/aarch64-kernel.json"))), step.inputs().get().toString());
        List<String> argv = step.command().argv();
        int target = argv.indexOf("--target=/kernel/aarch64-kernel.json");
        assertEquals("-Zunstable-options", argv.get(target + 1), argv.toString());
    }

    @Test
    void rustcBootstrapIsSetForEveryCrateUnlessTurnedOff() {
        Target x86 = Target.of("x86_64", null, null);

        Map<String, String> on = CrateCompiler.step(settings(x86, List.of("-Zfunction-return=thunk-extern"), true),
                DETECTION, CRATE, null).command().env();
        Map<String, String> off = CrateCompiler.step(settings(x86, List.of("-O"), false), DETECTION, CRATE, null)
                .command().env();

        assertEquals("1", on.get("RUSTC_BOOTSTRAP"), on.toString());
        assertFalse(off.containsKey("RUSTC_BOOTSTRAP"), off.toString());
    }

    @Test
    void rustcKeepsItsIntermediateFilesInTheOutputDirectory() {
        List<String> argv = CrateCompiler.step(settings(Target.of("x86_64", null, null), List.of("-O"), true),
                DETECTION, CRATE, null).command().argv();

        assertTrue(argv.contains("--out-dir=" + OUT.resolve(".k.rustc")), argv.toString());
        // no output path on --emit: its TYPE=PATH list is split at commas
        assertTrue(argv.contains("--emit=dep-info,metadata,llvm-bc,obj"), argv.toString());
    }

    @Test
    void aCrateOfADependencysArtifactIsGivenByItsUnpackedMetadataAndTracked() {
        CrateSpec app = new CrateSpec("app", Path.of("/src/app.rs"), List.of("k", "upstream"), true, "helpers",
                "2021", List.of());
        BuildSettings s = new BuildSettings(OUT, Target.of("x86_64", null, null), List.of(), List.of(), List.of(),
                List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())), List.of(CRATE, app),
                List.of(), CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL, GenerateBindings.AUTO, false,
                Wrap.NONE, true);
        Path folder = Path.of("/build/kernel-rust-deps/upstream/x86_64-unknown-linux-gnu");
        ExternalCrates ext = new ExternalCrates(Map.of("upstream", folder.resolve("libupstream.rmeta")),
                List.of(folder));

        Step step = CrateCompiler.step(s, DETECTION, app, null, ext);

        String argv = String.join(" ", step.command().argv());
        assertTrue(argv.contains("-L dependency=" + OUT + " -L dependency=" + folder), argv);
        // the module's own crate from the output folder, the artifact's from its unpacked folder
        assertTrue(argv.contains("--extern k=" + OUT.resolve("libk.rmeta") + " --extern upstream="
                + folder.resolve("libupstream.rmeta")), argv);
        assertTrue(step.inputs().get().contains(folder.resolve("libupstream.rmeta")), step.inputs().get().toString());
    }

    private static BuildSettings inTree(Path tree, List<String> rustflags) {
        return new BuildSettings(OUT, Target.of("x86_64", null, null), List.of(), List.of(), List.of(), List.of(),
                List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())), List.of(CRATE), rustflags,
                CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL, GenerateBindings.AUTO, false, Wrap.NONE,
                true, Path.of("/project"), tree, List.of(), List.of());
    }

    @Test
    void theProjectAndTheWorkingDirectoryAreRemappedTheMoreSpecificLast() {
        Step step = CrateCompiler.step(inTree(Path.of("/linux"), List.of()), DETECTION, CRATE, null);

        List<String> remaps = step.command().argv().stream().filter(a -> a.startsWith("--remap-path-prefix=")).toList();
        assertEquals(List.of("--remap-path-prefix=/project=.", "--remap-path-prefix=/linux=."), remaps);
    }

    @Test
    void aFolderWithAnEqualsSignIsNotRemapped() {
        // FROM=TO cannot say where FROM ends: such a folder keeps its name rather than get a wrong one
        BuildSettings s = new BuildSettings(OUT, Target.of("x86_64", null, null), List.of(), List.of(), List.of(),
                List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())), List.of(CRATE), List.of(),
                CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL, GenerateBindings.AUTO, false, Wrap.NONE,
                true, Path.of("/a=b/project"), null, List.of(), List.of());

        assertTrue(s.prefixMaps().isEmpty(), s.prefixMaps().toString());
    }

    @Test
    void inAWorkingDirectoryRustcRunsThereAndAPastedArgFileResolvesAgainstIt() {
        Step step = CrateCompiler.step(inTree(Path.of("/linux"), List.of("-O", "@include/generated/rustc_cfg")),
                DETECTION, CRATE, null);

        assertEquals(Path.of("/linux"), step.command().workDir());
        assertTrue(step.command().argv().contains("@/linux/include/generated/rustc_cfg"), step.command().display());
        assertTrue(step.inputs().get().contains(Path.of("/linux/include/generated/rustc_cfg")));
        assertTrue(step.command().display().startsWith("cd /linux && "), step.command().display());
    }

    @Test
    void withoutAWorkingDirectoryAnArgFileResolvesAgainstTheProjectAndRustcRunsThere() {
        BuildSettings s = inTree(null, List.of("@rustc_cfg"));

        Step step = CrateCompiler.step(s, DETECTION, CRATE, null);

        // the project folder, whatever folder Maven runs in: rustc records it (remapped) in the metadata
        assertEquals(Path.of("/project"), step.command().workDir());
        assertTrue(step.command().argv().contains("--remap-path-prefix=/project=."), step.command().display());
        assertTrue(step.command().argv().contains("@/project/rustc_cfg"), step.command().display());
        assertEquals(Path.of("/project"), s.base());
    }

    @Test
    void kbuildsOwnEditionFlagReplacesTheCratesSoRustcSeesOne() {
        Step step = CrateCompiler.step(inTree(Path.of("/linux"), List.of("--edition=2021", "-Zbinary_dep_depinfo=y")),
                DETECTION, CRATE, null);

        assertEquals(1, step.command().argv().stream().filter(a -> a.startsWith("--edition")).count(),
                step.command().display());
    }
}
