package io.github.kernelrust.core.build;

import static io.github.kernelrust.core.build.ArtifactPackageTest.built;
import static io.github.kernelrust.core.build.ArtifactPackageTest.crate;
import static io.github.kernelrust.core.build.ArtifactPackageTest.detection;
import static io.github.kernelrust.core.build.ArtifactPackageTest.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.RecordingLog;
import io.github.kernelrust.core.toolchain.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyArtifactsTest {
    private static final String X86 = "x86_64-unknown-linux-gnu";

    @TempDir
    Path dir;

    private Path upstreamZip(String name, String... crates) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name + "-build"));
        built(out, Mode.INLINE, crates);
        return zipOf(name, crates);
    }

    /** The zip of what the folder holds now. */
    private Path zipOf(String name, String... crates) {
        Path out = dir.resolve(name + "-build");
        CrateSpec[] specs = java.util.Arrays.stream(crates).map(ArtifactPackageTest::crate).toArray(CrateSpec[]::new);
        return ArtifactPackage.write(settings(out, specs), detection(Mode.INLINE), dir.resolve(name + ".zip"));
    }

    private static DependencyArtifacts.Dependency dep(String artifactId, String classifier, Path zip) {
        return new DependencyArtifacts.Dependency(artifactId, classifier, zip);
    }

    @Test
    void aZipOfTheTargetsTripleIsUnpackedAndItsCratesAreKnown() throws IOException {
        Path zip = upstreamZip("upstream", "up");
        Path base = dir.resolve("deps");
        ExternalCrates ext = DependencyArtifacts.unpack(List.of(dep("upstream", X86, zip)), X86, base,
                new RecordingLog());

        Path folder = base.resolve("upstream/" + X86);
        assertEquals(Map.of("up", folder.resolve("libup.rmeta")), ext.metadata());
        assertEquals(List.of(folder), ext.folders());
        assertEquals("up.o of up", Files.readString(folder.resolve("up.o")));
        assertFalse(Files.exists(base.resolve("upstream/." + X86 + ".tmp")));
    }

    @Test
    void anUnchangedZipIsNotUnpackedAgainAChangedOneIs() throws IOException {
        Path zip = upstreamZip("upstream", "up");
        Path base = dir.resolve("deps");
        RecordingLog log = new RecordingLog();
        DependencyArtifacts.unpack(List.of(dep("upstream", X86, zip)), X86, base, log);
        DependencyArtifacts.unpack(List.of(dep("upstream", X86, zip)), X86, base, log);
        assertEquals(1, log.infos.stream().filter(l -> l.startsWith("UNPACK ")).count(), log.infos.toString());

        Files.writeString(dir.resolve("upstream-build/up.o"), "rebuilt");
        Files.delete(dir.resolve("upstream-build/exports_up_generated.h"));
        zipOf("upstream", "up");
        DependencyArtifacts.unpack(List.of(dep("upstream", X86, zip)), X86, base, log);
        Path folder = base.resolve("upstream/" + X86);
        assertEquals("rebuilt", Files.readString(folder.resolve("up.o")));
        // unpacked afresh: a file the new zip no longer has is gone
        assertFalse(Files.exists(folder.resolve("exports_up_generated.h")));
    }

    @Test
    void anotherTriplesZipAndAForeignZipAreLeftAlone() throws IOException {
        Path zip = upstreamZip("upstream", "up");
        Path foreign = dir.resolve("docs.zip");
        Files.write(foreign, ArtifactPackage.zip(Map.of("html/index.html", new byte[] {1})));
        ExternalCrates ext = DependencyArtifacts.unpack(List.of(dep("upstream", "aarch64-unknown-none", zip),
                dep("docs", X86, foreign)), X86, dir.resolve("deps"), new RecordingLog());

        assertTrue(ext.isEmpty());
        assertFalse(Files.exists(dir.resolve("deps")));
    }

    @Test
    void anEntryOutsideTheFlatLayoutIsRefused() throws IOException {
        Path evil = dir.resolve("evil.zip");
        Files.write(evil, ArtifactPackage.zip(Map.of(ArtifactPackage.MANIFEST, "layout=1\ncrates=x\n".getBytes(),
                "../../escape.o", new byte[] {1})));
        String m = assertThrows(KernelRustException.class, () -> DependencyArtifacts.unpack(
                List.of(dep("evil", X86, evil)), X86, dir.resolve("deps"), new RecordingLog())).getMessage();

        assertTrue(m.contains("'../../escape.o'"), m);
        assertFalse(Files.exists(dir.resolve("escape.o")));
    }

    @Test
    void twoDependenciesWithACrateOfOneNameAreAnError() throws IOException {
        Path a = upstreamZip("a", "shared");
        Path b = upstreamZip("b", "shared");
        String m = assertThrows(KernelRustException.class, () -> DependencyArtifacts.unpack(
                List.of(dep("a", X86, a), dep("b", X86, b)), X86, dir.resolve("deps"), new RecordingLog()))
                .getMessage();

        assertTrue(m.contains("'shared': a.zip and b.zip"), m);
    }

    @Test
    void anUnknownLayoutSaysToAlignThePluginVersions() throws IOException {
        Path future = dir.resolve("future.zip");
        Files.write(future, ArtifactPackage.zip(Map.of(ArtifactPackage.MANIFEST, "layout=2\n".getBytes())));
        String m = assertThrows(KernelRustException.class, () -> DependencyArtifacts.unpack(
                List.of(dep("future", X86, future)), X86, dir.resolve("deps"), new RecordingLog())).getMessage();

        assertTrue(m.contains("layout 2") && m.contains("reads layout 1"), m);
    }
}
