package io.github.kernelrust.core.build;

import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles one crate with rustc: {@code NAME.bc} ({@code --emit=llvm-bc}, what llvm-link reads
 * and the ABI check disassembles), and {@code NAME.o} as well when no helpers are linked into it;
 * always {@code NAME.d} (dep-info, which also drives the up-to-date check) and
 * {@code libNAME.rmeta} (what later crates compile against). rustc runs with {@code OUT_DIR} set
 * to the output directory, where {@code bindings_helpers_generated.rs} is.
 */
final class CrateCompiler {
    private CrateCompiler() {
    }

    /** Whether this crate goes through llvm-link: inline mode, a crate that asks for it, and helpers to link. */
    public static boolean linksHelpers(BuildSettings s, CrateSpec crate, Mode mode) {
        return mode == Mode.INLINE && crate.linkHelpers() && s.hasHelpers();
    }

    public static Path bitcode(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".bc");
    }

    public static Path object(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve(c.name() + ".o");
    }

    public static Path metadata(BuildSettings s, String crate) {
        return s.outputDirectory().resolve("lib" + crate + ".rmeta");
    }

    /** The folder rustc writes a crate's files to, by their default names, before they are moved into place. */
    static Path workFolder(BuildSettings s, CrateSpec c) {
        return s.outputDirectory().resolve("." + c.name() + ".rustc");
    }

    /**
     * Moves what rustc wrote into {@link #workFolder} to each output's temporary name, the dep-info
     * first made to name the finished outputs (and so recorded). rustc is given no output path on
     * {@code --emit}: its {@code TYPE=PATH} list is split at commas, so a folder with a comma in its
     * name would break it.
     */
    static void takeOutputs(Path work, List<Path> outputs, Path depInfo, Path dir) {
        try {
            Path written = work.resolve(depInfo.getFileName());
            String text = Files.readString(written, StandardCharsets.UTF_8);
            text = text.replace(work + java.io.File.separator, depInfo.getParent() + java.io.File.separator);
            text = RecordPaths.relativeDeps(text, dir);
            Files.writeString(written, text, StandardCharsets.UTF_8);
            for (Path out : outputs) {
                Files.move(work.resolve(out.getFileName()), AtomicFiles.temporary(out),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rustc did not leave its outputs in " + work, e);
        }
    }

    /** The Rust sources rustc read for the crate last time (its dep-info), for messages that point at a line. */
    static List<Path> sources(BuildSettings s, CrateSpec c) {
        List<Path> rs = new ArrayList<>();
        for (Path p : DepInfo.inputs(s.outputDirectory().resolve(c.name() + ".d"), s.base())) {
            if (p.toString().endsWith(".rs") && !rs.contains(p)) {
                rs.add(p);
            }
        }
        if (rs.isEmpty()) {
            rs.add(c.root());
        }
        return rs;
    }

    public static Step step(BuildSettings s, Detection d, CrateSpec c, CoreLibrary.Built core) {
        return step(s, d, c, core, ExternalCrates.NONE);
    }

    /** The crate's step, with the crates of the dependencies' artifacts available to it. */
    public static Step step(BuildSettings s, Detection d, CrateSpec c, CoreLibrary.Built core, ExternalCrates ext) {
        Path out = s.outputDirectory();
        Path depInfo = out.resolve(c.name() + ".d");
        Path rmeta = metadata(s, c.name());
        boolean linked = linksHelpers(s, c, d.mode());
        Path bc = bitcode(s, c);
        Path main = linked ? bc : object(s, c);

        List<String> argv = new ArrayList<>();
        argv.add(d.toolchain().rustc().path().toString());
        // Kbuild's flags carry --edition=2021 themselves, and rustc takes it once
        if (!RustcFlags.setsEdition(s.rustflags()) && !RustcFlags.setsEdition(c.rustflags())) {
            argv.add("--edition=" + c.edition());
        }
        argv.addAll(List.of("--crate-type=rlib", "--crate-name=" + c.name()));
        argv.addAll(s.target().rustcArgs());
        // an @file relative to the working directory (Kbuild's @include/generated/rustc_cfg), named absolute
        argv.addAll(RustcFlags.absoluteArgFiles(s.rustflags(), s.base()));
        argv.addAll(RustcFlags.absoluteArgFiles(c.rustflags(), s.base()));
        // one codegen unit: one bitcode file or object per crate, as llvm-link and the exports need
        argv.add("-Ccodegen-units=1");
        // the same bytes from any checkout folder: the project's paths are named from it, as Kbuild does
        s.prefixMaps().forEach((from, to) -> argv.add("--remap-path-prefix=" + from + "=" + to));
        // rustc's outputs and intermediate files (NAME.NAME.HASH-cgu.0.rcgu.bc) go to a folder of the
        // crate's own, not to the folder Maven runs in, where modules of a -T build that compile the same
        // crate would overwrite and delete each other's; they are moved into place when rustc succeeds
        Path work = workFolder(s, c);
        argv.add("--out-dir=" + work);
        argv.add("--emit=dep-info,metadata,llvm-bc" + (linked ? "" : ",obj"));
        argv.add("-L");
        argv.add("dependency=" + out);
        for (Path folder : ext.folders()) {
            argv.add("-L");
            argv.add("dependency=" + folder);
        }
        Set<Path> fixed = new LinkedHashSet<>();
        fixed.add(c.root());
        // what rustc reads besides the sources: @files of flags, a target spec (the kernel's config lives there)
        fixed.addAll(RustcFlags.argFiles(s.rustflags(), s.base()));
        fixed.addAll(RustcFlags.argFiles(c.rustflags(), s.base()));
        s.target().specFile().ifPresent(fixed::add);
        if (core != null) {
            argv.addAll(core.rustcArgs());
            fixed.addAll(core.files());
        }
        for (String dep : c.deps()) {
            boolean local = s.crates().stream().anyMatch(o -> o.name().equals(dep));
            Path depMeta = local ? metadata(s, dep) : ext.metadata(dep).orElse(metadata(s, dep));
            argv.add("--extern");
            argv.add(dep + "=" + depMeta);
            fixed.add(depMeta);
        }
        argv.add(c.root().toString());

        String label = "RUSTC " + main.getFileName();
        // run in the project (or working) folder: rustc records its working folder in the metadata, remapped
        Command cmd = Command.of(label, argv).withWorkDir(s.base()).withEnv("OUT_DIR", out.toString());
        if (s.rustcBootstrap()) {
            cmd = cmd.withEnv("RUSTC_BOOTSTRAP", "1");
        }
        List<Path> outputs = linked ? List.of(main, rmeta, depInfo) : List.of(main, rmeta, depInfo, bc);
        return new Step("Compiling crate " + c.name(), cmd, outputs, () -> {
            Set<Path> all = new LinkedHashSet<>(fixed);
            all.addAll(DepInfo.inputs(depInfo, s.base()));
            return all;
        }).producing(result -> takeOutputs(work, outputs, depInfo, s.base()));
    }
}
