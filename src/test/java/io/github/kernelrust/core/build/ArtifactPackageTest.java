package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactPackageTest {
    private static final Tool CLANG = FakeTools.probed(ToolKind.CLANG, "/usr/bin/clang-22", "clang-debian-22");
    private static final Toolchain TOOLS = new Toolchain(
            FakeTools.probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96"), CLANG, null, null, null);

    @TempDir
    Path out;

    static CrateSpec crate(String name, String... deps) {
        return new CrateSpec(name, Path.of("/src/" + name + "/lib.rs"), List.of(deps), true, "helpers", "2021",
                List.of());
    }

    static BuildSettings settings(Path out, CrateSpec... crates) {
        return new BuildSettings(out, Target.of("x86_64", null, null), List.of(Path.of("/h/a.c")), List.of(),
                List.of("-O2"), List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())),
                List.of(crates), List.of(), CoreFromSource.AUTO, Path.of("/cache"), FinishStep.FOCUSED,
                GenerateBindings.AUTO, false, Wrap.NONE, true);
    }

    static Detection detection(Mode mode) {
        return new Detection(TOOLS, new ModeDecision(mode, mode == Mode.INLINE, null, CLANG));
    }

    /** Writes what a build of these crates leaves in the output folder (contents stand in for the tools'). */
    static void built(Path out, Mode mode, String... crates) throws IOException {
        for (String c : crates) {
            for (String f : List.of(c + ".o", "lib" + c + ".rmeta", "exports_" + c + "_generated.h", c + ".bc",
                    c + ".d")) {
                Files.writeString(out.resolve(f), f + " of " + c);
            }
        }
        if (mode == Mode.OUT_OF_LINE) {
            Files.writeString(out.resolve("helpers.o"), "helpers");
            Files.writeString(out.resolve("exports_helpers_generated.h"), "EXPORT(rust_helper_x);");
        } else {
            Files.writeString(out.resolve("helpers.bc"), "bitcode");
        }
        Files.writeString(out.resolve("inlining-report.json"), "{}");
        Files.writeString(out.resolve("inlining-report.md"), "# report");
        Files.writeString(out.resolve("toolchain.properties"), "mode=" + mode.id());
    }

    static List<String> names(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void holdsTheObjectsTablesMetadataAndReportSortedAndFlat() throws IOException {
        built(out, Mode.INLINE, "up", "base");
        Path zip = ArtifactPackage.write(settings(out, crate("up", "base"), crate("base")), detection(Mode.INLINE),
                out.resolve("dist/up.zip"));

        assertEquals(List.of("base.o", "exports_base_generated.h", "exports_up_generated.h", "inlining-report.json",
                "inlining-report.md", ArtifactPackage.MANIFEST, "libbase.rmeta", "libup.rmeta", "up.o"), names(zip));
        assertFalse(Files.exists(out.resolve("dist/up.zip.tmp")));
    }

    @Test
    void theManifestNamesLayoutTripleModeAndCratesInBuildOrder() {
        String m = ArtifactPackage.manifest(settings(out, crate("up", "base"), crate("base")), detection(Mode.INLINE));

        assertTrue(m.contains("crates=base,up\n"), m);
        assertTrue(m.contains("layout=1\n") && m.contains("mode=inline\n"), m);
        assertTrue(m.contains("triple=x86_64-unknown-linux-gnu\n") && m.contains("target=x86_64\n"), m);
    }

    @Test
    void outOfLineTheHelperObjectAndItsTableAreIn() throws IOException {
        built(out, Mode.OUT_OF_LINE, "up");
        List<String> names = names(ArtifactPackage.write(settings(out, crate("up")), detection(Mode.OUT_OF_LINE),
                out.resolve("up.zip")));

        assertTrue(names.contains("helpers.o") && names.contains("exports_helpers_generated.h"), names.toString());
    }

    @Test
    void coreBuiltFromSourceIsInWhenTheOutputFolderHasIt() throws IOException {
        built(out, Mode.INLINE, "up");
        Files.writeString(out.resolve("core.o"), "core");
        Files.writeString(out.resolve("libcore.rmeta"), "core meta");
        List<String> names = names(ArtifactPackage.write(settings(out, crate("up")), detection(Mode.INLINE),
                out.resolve("up.zip")));

        assertTrue(names.contains("core.o") && names.contains("libcore.rmeta"), names.toString());
        assertFalse(names.contains("compiler_builtins.o"), names.toString());
    }

    @Test
    void sameOutputsGiveTheSameBytesWhateverTheirTimestamps() throws IOException {
        built(out, Mode.INLINE, "up");
        BuildSettings s = settings(out, crate("up"));
        byte[] first = Files.readAllBytes(ArtifactPackage.write(s, detection(Mode.INLINE), out.resolve("a.zip")));
        Files.setLastModifiedTime(out.resolve("up.o"), FileTime.fromMillis(1_000_000_000_000L));
        byte[] second = Files.readAllBytes(ArtifactPackage.write(s, detection(Mode.INLINE), out.resolve("b.zip")));

        assertArrayEquals(first, second);
        Files.writeString(out.resolve("up.o"), "changed");
        byte[] third = Files.readAllBytes(ArtifactPackage.write(s, detection(Mode.INLINE), out.resolve("c.zip")));
        assertFalse(java.util.Arrays.equals(first, third));
    }

    @Test
    void aMissingObjectFailsNamingIt() throws IOException {
        built(out, Mode.INLINE, "up");
        Files.delete(out.resolve("up.o"));
        String m = assertThrows(KernelRustException.class, () -> ArtifactPackage.write(settings(out, crate("up")),
                detection(Mode.INLINE), out.resolve("up.zip"))).getMessage();

        assertTrue(m.contains(out.resolve("up.o") + "] does not exist"), m);
        assertFalse(Files.exists(out.resolve("up.zip")));
    }

    @Test
    void theReportIsStaleWhenAnObjectIsNewerOrItIsMissing() throws IOException {
        built(out, Mode.INLINE, "up");
        BuildSettings s = settings(out, crate("up"));
        Files.setLastModifiedTime(out.resolve("up.o"), FileTime.fromMillis(1_000_000_000_000L));
        assertTrue(ArtifactPackage.reportCurrent(s));

        Files.setLastModifiedTime(out.resolve("up.o"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertFalse(ArtifactPackage.reportCurrent(s));
        Files.delete(out.resolve("inlining-report.json"));
        assertFalse(ArtifactPackage.reportCurrent(s));
    }

    @Test
    void aReportCheckedAgainstTheseObjectsStaysCurrentThoughOlderUntilAnObjectChanges() throws IOException {
        built(out, Mode.INLINE, "up");
        BuildSettings s = settings(out, crate("up"));
        ArtifactPackage.reportChecked(s);
        // verify-inlining rewrote nothing (same report), the object was written again, same bytes
        Files.setLastModifiedTime(out.resolve("inlining-report.json"), FileTime.fromMillis(1_000_000_000_000L));
        assertTrue(ArtifactPackage.reportCurrent(s));

        Files.writeString(out.resolve("up.o"), "a new object");
        assertFalse(ArtifactPackage.reportCurrent(s));
    }
}
