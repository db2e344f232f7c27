package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The consuming side of {@link ArtifactPackage}: the kernel-rust zips among a module's dependencies
 * whose classifier is the target's triple are unpacked, each into {@code BASE/ARTIFACTID/TRIPLE}
 * (again only when the zip changed), and their crates become {@link ExternalCrates}. A zip of
 * another classifier, or without {@value ArtifactPackage#MANIFEST}, is not ours for this target and
 * is left alone.
 */
public final class DependencyArtifacts {
    /** What the unpacked folder was unpacked from: the zip's SHA-256. */
    static final String STAMP = ".kernel-rust-artifact.sha256";

    /**
     * A zip dependency, as Maven resolved it.
     *
     * @param artifactId its artifactId (the folder it is unpacked into)
     * @param classifier its classifier
     * @param file       the resolved zip
     */
    public record Dependency(String artifactId, String classifier, Path file) {
    }

    private DependencyArtifacts() {
    }

    /**
     * Unpacks the dependencies built for {@code triple} under {@code base} and returns their crates.
     *
     * @throws KernelRustException for a zip of a layout this plugin does not know, or two dependencies
     *                             that bring a crate of the same name
     */
    public static ExternalCrates unpack(List<Dependency> dependencies, String triple, Path base, BuildLog log) {
        Map<String, java.nio.file.Path> metadata = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        List<Path> folders = new ArrayList<>();
        for (Dependency dep : dependencies) {
            if (!triple.equals(dep.classifier()) || dep.file() == null || !Files.isRegularFile(dep.file())) {
                continue;
            }
            Path folder = base.resolve(dep.artifactId()).resolve(triple);
            Properties manifest = unpacked(dep, folder, log);
            if (manifest == null) {
                log.debug("  not a kernel-rust artifact (no " + ArtifactPackage.MANIFEST + "): " + dep.file());
                continue;
            }
            folders.add(folder);
            for (String crate : manifest.getProperty("crates", "").split(",")) {
                if (crate.isBlank()) {
                    continue;
                }
                String prev = from.putIfAbsent(crate, dep.file().getFileName().toString());
                if (prev != null) {
                    throw new KernelRustException("Two dependencies bring a crate named '" + crate + "': " + prev
                            + " and " + dep.file().getFileName() + ". rustc can take one crate of a name; drop one"
                            + " of the dependencies or rename the crate in its module.");
                }
                metadata.put(crate, folder.resolve("lib" + crate + ".rmeta"));
            }
        }
        return new ExternalCrates(metadata, folders);
    }

    /**
     * The manifest of the dependency's unpacked folder, unpacking it first when the zip changed; null
     * when the zip is not one of ours.
     */
    static Properties unpacked(Dependency dep, Path folder, BuildLog log) {
        String hash = FileHash.sha256(dep.file());
        Path stamp = folder.resolve(STAMP);
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(hash)) {
                return manifest(Files.readString(folder.resolve(ArtifactPackage.MANIFEST)), dep);
            }
            Map<String, byte[]> entries = read(dep.file());
            byte[] m = entries.get(ArtifactPackage.MANIFEST);
            if (m == null) {
                return null;
            }
            Properties manifest = manifest(new String(m, StandardCharsets.UTF_8), dep);
            log.info("UNPACK " + dep.file().getFileName() + " -> " + base(folder));
            // written beside, then put in place: a half-unpacked folder never looks finished
            Path tmp = folder.resolveSibling("." + folder.getFileName() + ".tmp");
            delete(tmp);
            Files.createDirectories(tmp);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                Files.write(tmp.resolve(e.getKey()), e.getValue());
            }
            Files.writeString(tmp.resolve(STAMP), hash + "\n");
            delete(folder);
            AtomicFiles.commit(tmp, folder);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + dep.file() + " into " + folder, e);
        }
    }

    private static String base(Path folder) {
        return folder.getParent().getParent().getFileName() + "/" + folder.getParent().getFileName() + "/"
                + folder.getFileName();
    }

    private static Properties manifest(String text, Dependency dep) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        if (!ArtifactPackage.LAYOUT.equals(p.getProperty("layout"))) {
            throw new KernelRustException(dep.file() + " has layout " + p.getProperty("layout") + " in its "
                    + ArtifactPackage.MANIFEST + ", and this plugin reads layout " + ArtifactPackage.LAYOUT
                    + ". Build the dependency with the same version of kernel-rust-maven-plugin as this module.");
        }
        return p;
    }

    /**
     * The zip's entries; in a zip of ours (with the manifest) only flat names are accepted, so nothing
     * is written outside the folder.
     */
    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                entries.put(e.getName(), e.isDirectory() ? null : z.readAllBytes());
            }
        }
        if (!entries.containsKey(ArtifactPackage.MANIFEST)) {
            return entries;
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getValue() == null || !e.getKey().matches("[A-Za-z0-9_][A-Za-z0-9_.+-]*")) {
                throw new KernelRustException(zip + " holds the entry '" + e.getKey() + "', which the"
                        + " kernel-rust artifact layout does not have (it is flat). It was not written by"
                        + " kernel-rust:package; remove that dependency or its classifier.");
            }
        }
        return entries;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
