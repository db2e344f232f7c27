package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.inlining.InliningReport;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.LlvmTools;
import io.github.kernelrust.core.toolchain.LlvmVersion;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.RustcLibraries;
import io.github.kernelrust.core.toolchain.SearchPath;
import io.github.kernelrust.core.toolchain.Tool;
import io.github.kernelrust.core.toolchain.ToolKind;
import java.nio.file.Path;
import java.util.List;

/**
 * The build steps of one target, in order: header, helpers, crates, link. Each goal calls one of
 * them; {@code inline-helpers} calls them all, in one invocation.
 */
public class Pipeline {
    private final BuildSettings settings;
    private final Detection detection;
    private final StepRunner steps;
    private final BuildLog log;

    private final SearchPath searchPath;
    private CoreLibrary.Built core;
    private boolean coreResolved;

    public Pipeline(BuildSettings settings, Detection detection, ProcessRunner runner, SearchPath searchPath,
            BuildLog log) {
        this.settings = settings;
        this.detection = detection;
        this.steps = new StepRunner(runner, log);
        this.searchPath = searchPath;
        this.log = log;
    }

    public BuildSettings settings() {
        return settings;
    }

    public Detection detection() {
        return detection;
    }

    /** {@code generate-helper-header}. */
    public Path header() {
        return HelperHeader.write(settings, detection.mode());
    }

    /** {@code compile-helpers}: every helper variant. */
    public void helpers() {
        if (settings.helperSources().isEmpty()) {
            log.info("No helper sources: nothing to compile.");
            return;
        }
        Path header = header();
        for (HelperVariant v : settings.helperVariants()) {
            // the other mode's output must not linger and be taken for this build's
            Mode other = detection.mode() == Mode.INLINE ? Mode.OUT_OF_LINE : Mode.INLINE;
            AtomicFiles.deleteQuietly(HelperCompiler.output(settings, other, v));
        }
        checkCrossCompiler();
        Path unity = settings.outputDirectory().resolve("helpers.c");
        AtomicFiles.write(unity, HelperCompiler.unity(settings.helperSources()));
        for (HelperVariant v : settings.helperVariants()) {
            steps.run(HelperCompiler.step(settings, detection, v, unity, header));
        }
    }

    /**
     * clang compiles for any target through {@code --target}; cc compiles for what it was built
     * for, so it must be built for this target (the host's cc, or a cross gcc named by kernelRust.cc).
     */
    private void checkCrossCompiler() {
        Tool cc = detection.decision().cCompiler();
        if (detection.mode() != Mode.OUT_OF_LINE || cc.kind() != ToolKind.CC) {
            return;
        }
        String machine = steps.processRunner().runChecked("Asking " + cc.path() + " what it compiles for",
                Command.of("CC -dumpmachine", List.of(cc.path().toString(), "-dumpmachine"))).stdout().strip();
        if (!machine.startsWith(settings.target().name() + "-")) {
            throw new KernelRustException("No usable clang, and the C compiler " + cc.path() + " builds for " + machine
                    + ", not for target " + settings.target().name() + ". Install clang-22 (apt-get install clang-22),"
                    + " or set kernelRust.cc to a compiler for " + settings.target().name()
                    + (settings.target().name().equals("aarch64") ? " (e.g. aarch64-linux-gnu-gcc)." : "."));
        }
    }

    /** {@code compile-crates}: every crate in dependency order. */
    public void crates() {
        List<CrateSpec> order = CrateGraph.buildOrder(settings.crates());
        if (order.isEmpty()) {
            log.info("No crate to compile (no src/main/rust/lib.rs and no <crates>).");
            return;
        }
        CoreLibrary.Built core = core();
        for (CrateSpec c : order) {
            if (!java.nio.file.Files.isRegularFile(c.root())) {
                throw new KernelRustException("The root of crate " + c.name() + " does not exist: " + c.root()
                        + ". Put the crate at src/main/rust/lib.rs or set <root> in its <crate>.");
            }
            Step step = CrateCompiler.step(settings, detection, c, core);
            if (steps.run(step) != null) {
                CrateCompiler.nameFinalOutputs(step);
            }
        }
    }

    /** {@code link-helpers}: llvm-link and finish every crate that links helpers; nothing out of line. */
    public void link() {
        if (detection.mode() != Mode.INLINE) {
            log.info("Out-of-line mode: nothing to link (helpers stay in "
                    + settings.helperVariants().stream().map(v -> v.name() + ".o").toList() + ").");
            return;
        }
        List<CrateSpec> linking = CrateGraph.buildOrder(settings.crates()).stream()
                .filter(c -> CrateCompiler.linksHelpers(settings, c, detection.mode())).toList();
        if (linking.isEmpty()) {
            return;
        }
        FinishStep finish = settings.finish().with(settings.cflags());
        if (finish != settings.finish()) {
            log.info("finish=" + settings.finish().value() + " runs -O2's passes, and cflags has "
                    + FinishStep.focusedDiffersFromKernel(settings.cflags())
                    + ": the merged modules are compiled as finish=kernel does, with the cflags.");
        }
        // a missing opt fails the build before anything runs, not after the first llvm-link
        Path opt = finish.runsOpt() ? opt() : null;
        for (CrateSpec c : linking) {
            BitcodeLinker.reportWarnings(steps.run(BitcodeLinker.link(settings, detection, c)), log);
            if (opt != null) {
                steps.run(BitcodeLinker.inline(settings, finish, opt, c));
            } else {
                AtomicFiles.deleteQuietly(BitcodeLinker.inlined(settings, c));
            }
            steps.run(BitcodeLinker.finish(settings, finish, detection, c));
        }
    }

    private Path opt() {
        int major = detection.toolchain().rustc().llvmVersion().map(LlvmVersion::major).orElse(22);
        return new LlvmTools(searchPath).find("opt", detection.toolchain()).orElseThrow(() -> new KernelRustException(
                "kernelRust.finish=" + settings.finish().value()
                        + (settings.finish() == FinishStep.FOCUSED ? " (the default)" : "") + " needs LLVM's opt and"
                        + " found none beside llvm-link or on PATH. Install llvm-" + major + " (apt-get install llvm-"
                        + major + ") or set kernelRust.finish=kernel, which needs only clang."));
    }

    /** {@code exports}: the export tables. */
    public List<Path> exports(String format) {
        return new Exporter(steps.processRunner(), log).run(settings, detection, format, core());
    }

    /** {@code verify-inlining}: the report, and the verdict. */
    public InliningReport verify(boolean failOnNotInlined) {
        return new InliningVerifier(steps.processRunner(), searchPath, log).run(settings, detection, failOnNotInlined);
    }

    /** The {@code core} to compile against, or null when rustc's own serves. */
    CoreLibrary.Built core() {
        // crates() and exports() both need it: ask rustc (and the cache) once per pipeline
        if (!coreResolved) {
            core = resolveCore();
            coreResolved = true;
        }
        return core;
    }

    private CoreLibrary.Built resolveCore() {
        CoreLibrary lib = new CoreLibrary(steps.processRunner(), log);
        Tool rustc = detection.toolchain().rustc();
        boolean build = switch (settings.coreFromSource()) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> !new RustcLibraries(steps.processRunner()).hasPrebuiltCore(rustc, settings.target());
        };
        return build ? lib.ensure(rustc, settings.target(), settings.rustflags(), settings.coreCache()) : null;
    }
}
