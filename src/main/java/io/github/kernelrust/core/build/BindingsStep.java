package io.github.kernelrust.core.build;

import io.github.kernelrust.core.bindings.Bindgen;
import io.github.kernelrust.core.bindings.RustBindings;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.SearchPath;
import io.github.kernelrust.core.toolchain.Tool;
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
 * The {@code BINDGEN bindings_helpers_generated.rs} step, once per libclang that may work
 * ({@link Bindgen#candidates}): the pipeline takes the first that is up to date, else runs them in
 * order until one succeeds. bindgen writes its raw output beside the step's temporary file; the
 * step lays it out ({@link RustBindings}) into the temporary file itself.
 */
final class BindingsStep {

    /** A step and the libclang it runs with. */
    record Candidate(Step step, Bindgen.Libclang libclang) {
    }

    private BindingsStep() {
    }

    static Path output(BuildSettings s) {
        return s.outputDirectory().resolve(Bindgen.OUTPUT);
    }

    static List<Candidate> candidates(BuildSettings s, Detection d, Path unity, Path header, List<Path> sources,
            SearchPath searchPath) {
        Tool bindgen = d.toolchain().bindgen();
        Path out = output(s);
        Path raw = out.resolveSibling(out.getFileName() + ".raw");
        Path depFile = s.outputDirectory().resolve("." + Bindgen.OUTPUT + ".deps");
        int clangMajor = d.toolchain().clang() == null || d.toolchain().clang().llvm() == null ? 0
                : d.toolchain().clang().llvm().major();
        List<String> clangArgs = new ArrayList<>(List.of("-include", header.toString()));
        clangArgs.addAll(Bindgen.clangArgs(HelperCompiler.flags(s, d.toolchain().rustc(),
                s.variant(HelperVariant.DEFAULT), null)));
        // named as libclang will name them: with the unity source given from the folder bindgen runs in,
        // a helper it includes relatively is target/kernel-rust/../../src/...; no checkout folder in the command
        List<Path> named = sources;
        Path unityNamed = unity;
        if (HelperCompiler.relativeUnity(s)) {
            unityNamed = s.base().relativize(unity.toAbsolutePath().normalize());
            named = sources.stream().map(p -> HelperCompiler.compilerName(s, p)).toList();
        }
        Bindgen.Request request = new Bindgen.Request(bindgen.path(), unityNamed, named, raw, depFile,
                s.target().clangTarget(), clangArgs, s.bindgenFlags());
        String origin = "from " + bindgen.versionLine();
        // what the step does with bindgen's output is an input too: a changed option, or another
        // plugin (which may lay the bindings out differently), reruns it
        Path options = s.outputDirectory().resolve("." + Bindgen.OUTPUT + ".options");
        AtomicFiles.write(options, "cNames=" + s.bindingsCNames() + "\nplugin=" + PluginCode.fingerprint() + "\n");
        List<Candidate> out2 = new ArrayList<>();
        for (Bindgen.Libclang lib : Bindgen.candidates(bindgen.versionLine(), clangMajor, searchPath.llvmRoot(),
                System.getenv("LIBCLANG_PATH"))) {
            // in the folder the helpers compile in: relative -I flags and the dependency file mean the same
            Command cmd = Bindgen.command(request, lib).withWorkDir(s.base());
            Set<Path> fixed = new LinkedHashSet<>(sources);
            fixed.add(unity);
            fixed.add(header);
            fixed.add(options);
            Step step = new Step("Generating the helpers' Rust bindings with bindgen", cmd, List.of(out), () -> {
                Set<Path> all = new LinkedHashSet<>(fixed);
                all.addAll(DepInfo.inputs(depFile, s.base()));
                return all;
            }).producing(result -> {
                try {
                    String text = RustBindings.render(Files.readString(raw, StandardCharsets.UTF_8), s.bindingsCNames(),
                            origin + " and " + lib + (s.bindingsCNames() ? ", C names" : ""));
                    Files.writeString(AtomicFiles.temporary(out), text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read bindgen's output " + raw, e);
                } finally {
                    AtomicFiles.deleteQuietly(raw);
                }
            });
            out2.add(new Candidate(step, lib));
        }
        return out2;
    }
}
