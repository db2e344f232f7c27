package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.Mode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The {@code package} step: one zip per target holding what another module (a downstream crate, a C
 * link step) needs from this one: the final objects, the export tables, each crate's
 * {@code libNAME.rmeta}, the inlining report, {@code core} when built from source, and
 * {@value #MANIFEST}, which marks the layout and lists the crates. Entries are flat, sorted and carry
 * a fixed timestamp, so the same outputs give the same bytes.
 */
public final class ArtifactPackage {
    /** The entry that marks a zip as this plugin's and says what it holds. */
    public static final String MANIFEST = "kernel-rust-artifact.properties";
    /** Layout version written in the manifest; a consumer reads the layouts it knows. */
    static final String LAYOUT = "1";
    /** The entries' time: DOS time's first day (plus a month, as reproducible builds use), in no time zone. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);
    /** What {@code core} built from source leaves in the output folder, when it does. */
    private static final List<String> CORE_FILES = List.of("core.o", "compiler_builtins.o", "libcore.rmeta",
            "libcompiler_builtins.rmeta", "exports_core_generated.h");

    private ArtifactPackage() {
    }

    /** The files of a target's zip, by entry name (sorted); fails naming a required output that is missing. */
    public static Map<String, Path> entries(BuildSettings s, Detection d) {
        Path out = s.outputDirectory();
        Map<String, Path> files = new TreeMap<>();
        List<Path> required = new ArrayList<>();
        for (CrateSpec c : CrateGraph.buildOrder(s.crates())) {
            required.add(CrateCompiler.object(s, c));
            required.add(CrateCompiler.metadata(s, c.name()));
            optional(files, Exporter.tableFor(out, c.name()));
        }
        if (d.mode() == Mode.OUT_OF_LINE && s.hasHelpers()) {
            for (HelperVariant v : s.helperVariants()) {
                required.add(out.resolve(v.name() + ".o"));
                optional(files, Exporter.tableFor(out, v.name()));
            }
        }
        required.add(out.resolve(InliningVerifier.JSON));
        required.add(out.resolve(InliningVerifier.MARKDOWN));
        List<Path> missing = required.stream().filter(p -> !Files.isRegularFile(p)).toList();
        if (!missing.isEmpty()) {
            throw new KernelRustException("Cannot package target " + s.target().name() + ": " + missing
                    + (missing.size() == 1 ? " does" : " do") + " not exist. Run the compile goals first (mvn"
                    + " package with the goals bound, or kernel-rust:inline-helpers before kernel-rust:package).");
        }
        required.forEach(p -> files.put(p.getFileName().toString(), p));
        CORE_FILES.forEach(name -> optional(files, out.resolve(name)));
        return files;
    }

    private static void optional(Map<String, Path> files, Path p) {
        if (Files.isRegularFile(p)) {
            files.put(p.getFileName().toString(), p);
        }
    }

    /**
     * Whether the inlining report describes the objects as they are: it exists and is not older than
     * any crate object, or {@link #reportChecked} recorded these very objects with it (a report
     * rewritten with the same content keeps its old time). Otherwise the {@code package} goal runs
     * the analysis first ({@code package} comes before {@code verify} in the lifecycle).
     */
    public static boolean reportCurrent(BuildSettings s) {
        Path report = s.outputDirectory().resolve(InliningVerifier.JSON);
        if (!Files.isRegularFile(report)) {
            return false;
        }
        try {
            Path stamp = reportStamp(s);
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(objectsKey(s, report))) {
                return true;
            }
            var time = Files.getLastModifiedTime(report);
            for (CrateSpec c : s.crates()) {
                Path o = CrateCompiler.object(s, c);
                if (Files.isRegularFile(o) && Files.getLastModifiedTime(o).compareTo(time) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the report describes the objects as they are now. */
    public static void reportChecked(BuildSettings s) {
        AtomicFiles.write(reportStamp(s), objectsKey(s, s.outputDirectory().resolve(InliningVerifier.JSON)));
    }

    private static Path reportStamp(BuildSettings s) {
        return s.outputDirectory().resolve(".package.report");
    }

    /** The SHA-256 of the report and of each crate object, one per line. */
    private static String objectsKey(BuildSettings s, Path report) {
        StringBuilder key = new StringBuilder(FileHash.sha256OrMissing(report)).append(' ')
                .append(report.getFileName()).append('\n');
        for (CrateSpec c : s.crates()) {
            Path o = CrateCompiler.object(s, c);
            key.append(FileHash.sha256OrMissing(o)).append(' ').append(o.getFileName()).append('\n');
        }
        return key.toString();
    }

    /** The manifest: layout, target, triple, mode and crates, sorted and without a timestamp. */
    static String manifest(BuildSettings s, Detection d) {
        List<String> crates = CrateGraph.buildOrder(s.crates()).stream().map(CrateSpec::name).toList();
        return "# Written by kernel-rust-maven-plugin package\n"
                + "crates=" + String.join(",", crates) + "\n"
                + "layout=" + LAYOUT + "\n"
                + "mode=" + d.mode().id() + "\n"
                + "target=" + s.target().name() + "\n"
                + "triple=" + s.target().rustTargetName() + "\n";
    }

    /** Writes the target's zip to {@code zip} (through a temporary file); an identical zip is left alone. */
    public static Path write(BuildSettings s, Detection d, Path zip) {
        Map<String, byte[]> contents = new TreeMap<>();
        try {
            for (Map.Entry<String, Path> e : entries(s, d).entrySet()) {
                contents.put(e.getKey(), Files.readAllBytes(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an output to package", e);
        }
        contents.put(MANIFEST, manifest(s, d).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(zip, zip(contents));
        return zip;
    }

    /** The zip of these entries, in name order, each with the fixed time: same entries, same bytes. */
    static byte[] zip(Map<String, byte[]> contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(contents).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip", e);
        }
        return bytes.toByteArray();
    }
}
