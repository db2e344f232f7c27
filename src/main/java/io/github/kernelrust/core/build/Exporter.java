package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.LlvmVersion;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code exports} step: {@code exports_NAME_generated.h} for each final crate object and, out
 * of line, {@code exports_VARIANT_generated.h} for each helper object. In inline mode the helpers
 * are internal to each crate, so no helper table is written (and a stale one is removed).
 */
final class Exporter {
    private final ProcessRunner runner;
    private final BuildLog log;

    public Exporter(ProcessRunner runner, BuildLog log) {
        this.runner = runner;
        this.log = log;
    }

    public static Path tableFor(Path outDir, String name) {
        return outDir.resolve("exports_" + name + "_generated.h");
    }

    /** Writes the tables; returns their paths. */
    public List<Path> run(BuildSettings s, Detection d, String format, CoreLibrary.Built core) {
        Tool nm = d.toolchain().nm();
        if (nm == null) {
            throw new KernelRustException("No nm found to build the export tables. Install llvm-"
                    + d.toolchain().rustc().llvmVersion().map(LlvmVersion::major).orElse(22)
                    + " (llvm-nm) or binutils (GNU nm), or set kernelRust.nm.");
        }
        Path out = s.outputDirectory();
        List<Path> tables = new ArrayList<>();
        for (CrateSpec c : CrateGraph.buildOrder(s.crates())) {
            tables.add(write(nm, CrateCompiler.object(s, c), tableFor(out, c.name()), format));
        }
        for (HelperVariant v : s.helperVariants()) {
            Path table = tableFor(out, v.name());
            if (d.mode() == Mode.OUT_OF_LINE && s.hasHelpers()) {
                tables.add(write(nm, HelperCompiler.output(s, Mode.OUT_OF_LINE, v), table, format));
            } else {
                AtomicFiles.deleteQuietly(table);
            }
        }
        if (core != null) {
            tables.add(write(nm, core.coreObject(), tableFor(out, "core"), format));
        }
        return tables;
    }

    private Path write(Tool nm, Path object, Path table, String format) {
        if (!Files.isRegularFile(object)) {
            throw new KernelRustException("Cannot write " + table.getFileName() + ": " + object
                    + " does not exist. Run the compile goals first (mvn verify, or kernel-rust:inline-helpers).");
        }
        List<String> argv = new ArrayList<>();
        argv.add(nm.path().toString());
        argv.addAll(ExportTable.nmArgs());
        argv.add(object.toString());
        Command cmd = Command.of("EXPORTS " + table.getFileName(), argv);
        if (runner.remembered(cmd).isEmpty()) {
            log.info(cmd.label());
        }
        log.debug("  " + cmd.display());
        String nmOut = runner.query("Listing the symbols of " + object.getFileName(), cmd).stdout();
        AtomicFiles.write(table, ExportTable.render(ExportTable.select(nmOut), format));
        return table;
    }
}
