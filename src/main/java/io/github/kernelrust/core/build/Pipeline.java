package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.bindings.Bindgen;
import io.github.kernelrust.core.inlining.AbiCheck;
import io.github.kernelrust.core.inlining.CallAdapter;
import io.github.kernelrust.core.inlining.InliningReport;
import io.github.kernelrust.core.inlining.IrModule;
import io.github.kernelrust.core.inlining.Reoptimization;
import io.github.kernelrust.core.inlining.TargetMismatch;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.CommandFailedException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build steps of one target, in order: header, helpers, crates, link. Each goal calls one of
 * them; {@code inline-helpers} calls them all, in one invocation.
 */
public class Pipeline {
    /** The configured settings, with pkg-config's C flags once {@link #pkgConfig} asked for them. */
    private BuildSettings settings;
    private final Detection detection;
    private final StepRunner steps;
    private final BuildLog log;

    private final SearchPath searchPath;
    private CoreLibrary.Built core;
    private boolean coreResolved;
    private List<Path> helperSources;
    private PkgConfig.Flags pkgConfig;
    private final Map<Path, java.util.concurrent.CompletableFuture<IrModule>> modules = new ConcurrentHashMap<>();
    private int jobs = 1;

    public Pipeline(BuildSettings settings, Detection detection, ProcessRunner runner, SearchPath searchPath,
            BuildLog log) {
        OutputNames.check(settings);
        this.settings = settings;
        this.detection = detection;
        this.steps = new StepRunner(runner, log, RecordPaths.of(settings));
        this.searchPath = searchPath;
        this.log = log;
    }

    /**
     * How many steps of one kind (crates, helper variants, links) may run at once; 1, the default,
     * runs them one after another.
     */
    public Pipeline jobs(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.jobs = jobs;
        return this;
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

    /**
     * {@code generate-helper-header} on its own: the header needs only the output folder and the
     * mode, none of the build's inputs.
     */
    public static Path writeHeader(Path outputDirectory, Mode mode) {
        return HelperHeader.write(outputDirectory, mode);
    }

    /**
     * The helper sources: the configured ones and, with {@code <wrap>}, the one the plugin writes
     * (brought up to date first).
     */
    List<Path> helperSources() {
        if (helperSources == null) {
            pkgConfig();
            List<Path> all = new ArrayList<>(settings.helperSources());
            if (!settings.wrap().isEmpty()) {
                settings.checkIncludes();
                for (Step step : WrappedHelpers.steps(settings, detection)) {
                    steps.run(step);
                }
                all.add(WrappedHelpers.source(settings));
            } else {
                AtomicFiles.deleteQuietly(WrappedHelpers.source(settings));
            }
            helperSources = List.copyOf(all);
        }
        return helperSources;
    }

    /**
     * What pkg-config gives for the {@code pkgConfig} packages (asked only when a {@code .pc} file it
     * read changed); from then on the C steps take its C flags.
     */
    PkgConfig.Flags pkgConfig() {
        if (pkgConfig == null) {
            if (settings.pkgConfig().isEmpty()) {
                PkgConfig.outputs(settings).forEach(o -> StaleOutputs.remove(StaleOutputs.withRecord(o)));
                pkgConfig = PkgConfig.Flags.NONE;
            } else {
                Path tool = searchPath.find("pkg-config").orElseThrow(() -> new KernelRustException(
                        "kernelRust.pkgConfig names " + settings.pkgConfig() + ", and no pkg-config is on PATH."
                                + " Install it (Debian: apt-get install pkg-config)."));
                try {
                    PkgConfig.steps(settings, tool).forEach(steps::run);
                } catch (CommandFailedException e) {
                    throw PkgConfig.failure(e, settings.pkgConfig());
                }
                pkgConfig = PkgConfig.read(settings);
            }
            settings = settings.withPkgConfigCflags(pkgConfig.cflags());
        }
        return pkgConfig;
    }

    /** The translation unit that includes every helper source, written. */
    private Path unity(List<Path> sources) {
        Path unity = settings.outputDirectory().resolve("helpers.c");
        AtomicFiles.write(unity, HelperCompiler.unity(sources, settings));
        return unity;
    }

    /**
     * {@code generate-bindings}: {@code bindings_helpers_generated.rs}, when bindgen is usable and
     * wanted; otherwise the reason is kept for the error a crate that includes the file gets.
     */
    public void bindings() {
        Path out = BindingsStep.output(settings);
        List<Path> sources = helperSources();
        String why = whyNoBindings(sources);
        if (why != null) {
            AtomicFiles.deleteQuietly(out);
            if (settings.bindings() == GenerateBindings.TRUE) {
                throw new KernelRustException("kernelRust.generateBindings=true, but " + why + ". " + BINDGEN_REMEDY);
            }
            log.info(detection.toolchain().bindgen() == null && settings.bindings() != GenerateBindings.FALSE
                    ? "No bindgen found: " + out.getFileName() + " is not generated (" + BINDGEN_REMEDY + ")"
                    : "No bindings: " + why + ".");
            return;
        }
        settings.checkIncludes();
        Path header = header();
        List<BindingsStep.Candidate> candidates = BindingsStep.candidates(settings, detection, unity(sources), header,
                sources, searchPath);
        Tool tool = detection.toolchain().bindgen();
        String bindgen = tool.path() + " (" + tool.versionLine() + ")";
        if (candidates.isEmpty()) {
            throw new KernelRustException("No libclang that " + bindgen + " can use was found" + unusableLibclang()
                    + ". " + BINDGEN_REMEDY);
        }
        for (BindingsStep.Candidate c : candidates) {
            if (steps.upToDate(c.step())) {
                return;
            }
        }
        AtomicFiles.deleteQuietly(bindingsFailure());
        List<String> failures = new ArrayList<>();
        for (BindingsStep.Candidate c : candidates) {
            try {
                steps.run(c.step());
                if (!failures.isEmpty()) {
                    log.info("  bindgen read the helpers with " + c.libclang() + " (after: " + String.join("; ", failures)
                            + ")");
                }
                return;
            } catch (CommandFailedException e) {
                log.debug("  " + e.getMessage());
                failures.add(c.libclang() + ": " + Bindgen.reason(e.result(), c.libclang()));
            }
        }
        String failure = "bindgen could not read the helpers with any libclang it can use (" + bindgen + "). "
                + String.join("; ", failures) + unusableLibclang();
        if (settings.bindings() == GenerateBindings.TRUE) {
            throw new KernelRustException(failure + ". Fix what the first failure names in the helpers or their headers,"
                    + " install another libclang (" + BINDGEN_REMEDY + "), or declare the helpers by hand.");
        }
        // auto: a broken helper is for the compile step to report, with the compiler's file:line;
        // a crate that includes the bindings is told why they are missing
        AtomicFiles.write(bindingsFailure(), failure + "\n");
        log.warn(failure + ". No bindings are generated (kernelRust.generateBindings=auto); the compile steps show"
                + " the compiler's own diagnostics.");
    }

    /** Where the reason of a failed bindgen run is kept for the goals that come after it. */
    private Path bindingsFailure() {
        return settings.outputDirectory().resolve("." + Bindgen.OUTPUT + ".failed");
    }

    /** Why this build generates no bindings, or null when it does. */
    private String whyNoBindings(List<Path> sources) {
        if (settings.bindings() == GenerateBindings.FALSE) {
            return "kernelRust.generateBindings is false";
        }
        if (detection.toolchain().bindgen() == null) {
            return "no bindgen was found on PATH";
        }
        return sources.isEmpty() ? "there are no helper sources" : null;
    }

    /** Why the last generate-bindings could not generate them, as it said, or null. */
    private String bindingsFailed() {
        try {
            return java.nio.file.Files.isRegularFile(bindingsFailure())
                    ? java.nio.file.Files.readString(bindingsFailure()).strip() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static final String BINDGEN_REMEDY = "Debian: apt-get install bindgen libclang1-14; or set"
            + " kernelRust.bindgen to a bindgen";

    private String unusableLibclang() {
        List<Bindgen.Libclang> unusable = Bindgen.unusable(detection.toolchain().bindgen().versionLine(),
                searchPath.llvmRoot());
        return unusable.isEmpty() ? "" : " (" + unusable + " cannot serve it: bindgen before 0.64 misreads the types"
                + " of libclang 16 and newer)";
    }

    /** {@code compile-helpers}: every helper variant. */
    public void helpers() {
        List<Path> sources = helperSources();
        if (sources.isEmpty()) {
            log.info("No helper sources: nothing to compile.");
            return;
        }
        settings.checkIncludes();
        Path header = header();
        // the other mode's outputs must not linger and be taken for this build's
        StaleOutputs.remove(StaleOutputs.helpers(settings, detection));
        checkCrossCompiler();
        Path unity = unity(sources);
        Parallel.run(jobs, settings.helperVariants(), v -> {
            steps.run(HelperCompiler.step(settings, detection, v, unity, header, sources));
            if (detection.mode() == Mode.OUT_OF_LINE && Boundary.checkable(detection)) {
                steps.run(Boundary.helperIrStep(settings, detection, v, unity, header, sources));
            }
        });
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
        String machine = steps.processRunner().query("Asking " + cc.path() + " what it compiles for",
                Command.of("CC -dumpmachine", List.of(cc.path().toString(), "-dumpmachine"))).stdout().strip();
        if (!machine.startsWith(settings.target().name() + "-")) {
            throw new KernelRustException("No usable clang, and the C compiler " + cc.path() + " builds for " + machine
                    + ", not for target " + settings.target().name() + ". Install clang-22 (apt-get install clang-22),"
                    + " or set kernelRust.cc to a compiler for " + settings.target().name()
                    + (settings.target().name().equals("aarch64") ? " (e.g. aarch64-linux-gnu-gcc)." : "."));
        }
    }

    /** {@code compile-crates}: every crate after the crates it depends on, independent ones at once. */
    public void crates() {
        crates(ExternalCrates.NONE);
    }

    /** {@code compile-crates}, where crates may also depend on the crates of the dependencies' artifacts. */
    public void crates(ExternalCrates external) {
        CrateGraph.checkDependencies(settings.crates(), external.metadata().keySet());
        List<CrateSpec> order = CrateGraph.buildOrder(settings.crates());
        if (order.isEmpty()) {
            log.info("No crate to compile (no src/main/rust/lib.rs and no <crates>).");
            return;
        }
        CoreLibrary.Built core = core();
        if (core != null) {
            core.copyInto(settings.outputDirectory());
        }
        for (CrateSpec c : order) {
            if (!java.nio.file.Files.isRegularFile(c.root())) {
                throw new KernelRustException("The root of crate " + c.name() + " does not exist: " + c.root()
                        + ". Put the crate at src/main/rust/lib.rs or set <root> in its <crate>.");
            }
        }
        Map<String, CrateSpec> byName = new java.util.HashMap<>();
        order.forEach(c -> byName.put(c.name(), c));
        Parallel.run(jobs, order, c -> c.deps().stream().map(byName::get).filter(java.util.Objects::nonNull).toList(),
                c -> {
                    StaleOutputs.remove(StaleOutputs.crate(settings, detection, c));
                    Step step = CrateCompiler.step(settings, detection, c, core, external);
                    AtomicFiles.createDirectories(CrateCompiler.workFolder(settings, c));
                    try {
                        steps.run(step);
                    } catch (CommandFailedException e) {
                        throw missingBindings(c, e).or(() -> packedAndAligned(c, e)).orElse(e);
                    }
                });
    }

    /**
     * {@code link-helpers}: the ABI check of every crate against the helpers (both modes), then
     * llvm-link and the finish for every crate that links helpers (inline mode).
     */
    public void link() {
        List<CrateSpec> linking = CrateGraph.buildOrder(settings.crates()).stream()
                .filter(c -> CrateCompiler.linksHelpers(settings, c, detection.mode())).toList();
        FinishStep finish = settings.effectiveFinish();
        // a missing opt fails the build before anything runs, not after the ABI check or an llvm-link
        Path opt = finish.runsOpt() && !linking.isEmpty() ? opt() : null;
        checkBoundary();
        if (detection.mode() != Mode.INLINE) {
            log.info("Out-of-line mode: nothing to link (helpers stay in "
                    + settings.helperVariants().stream().map(v -> v.name() + ".o").toList() + ").");
            return;
        }
        if (finish != settings.finish() && !linking.isEmpty()) {
            log.info("finish=" + settings.finish().value() + " runs -O2's passes, and cflags has "
                    + FinishStep.focusedDiffersFromKernel(settings.cflags())
                    + ": the merged modules are compiled as finish=kernel does, with the cflags.");
        }
        Parallel.run(jobs, linking, c -> {
            TargetMismatch.otherProcessor(crateModule(c), helperModule(settings.variant(c.helpers())))
                    .ifPresent(o -> log.info(TargetMismatch.describe(o, c.name(), helperFlags())));
            steps.run(BitcodeLinker.link(settings, detection, c, bridge(finish, c)));
            if (finish.marksFunctions()) {
                inlineSelectively(opt, finish, c);
            } else {
                StaleOutputs.remove(StaleOutputs.marking(settings, c));
                if (opt != null) {
                    steps.run(BitcodeLinker.inline(settings, finish, opt, c));
                } else {
                    StaleOutputs.remove(StaleOutputs.withRecord(BitcodeLinker.inlined(settings, c)));
                }
            }
            try {
                steps.run(BitcodeLinker.finish(settings, finish, detection, c));
            } catch (CommandFailedException e) {
                throw targetMismatch(c, e).orElse(e);
            }
        });
    }

    /**
     * The helpers' bitcode crate {@code c} links: the helpers', or, when the crate calls a helper with
     * another IR type that passes the same values ({@link CallAdapter}), a copy with adapters,
     * {@code NAME.abi.bc}. {@code finish=kernel} keeps the kernel's inputs, and leaves such calls.
     */
    private Path bridge(FinishStep finish, CrateSpec c) {
        Path helpers = HelperCompiler.output(settings, Mode.INLINE, settings.variant(c.helpers()));
        Map<String, String> adapters = adapters(finish, c);
        if (adapters.isEmpty()) {
            StaleOutputs.remove(List.of(BitcodeLinker.bridgedText(settings, c)));
            StaleOutputs.remove(StaleOutputs.withRecord(BitcodeLinker.bridged(settings, c)));
            return helpers;
        }
        log.info("Call adapters for crate " + c.name() + ": " + String.join(", ", adapters.keySet())
                + " (the crate passes their values in another IR type than C's; the adapter bridges it and is inlined"
                + " with the helper).");
        String helpersIr;
        try {
            helpersIr = java.nio.file.Files.readString(Boundary.disassembly(helpers));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // written each build, as the marks are: the LLVM-AS step is up to date by the text's hash
        AtomicFiles.write(BitcodeLinker.bridgedText(settings, c), CallAdapter.bridged(helpersIr, adapters));
        Path llvmAs = new LlvmTools(searchPath).find("llvm-as", detection.toolchain()).orElseThrow(() ->
                new KernelRustException("The call adapters of crate " + c.name() + " need llvm-as and found none beside"
                        + " llvm-link or on PATH. Install llvm-" + llvmMajor() + " (apt-get install llvm-" + llvmMajor()
                        + "), or pass the structs through pointers."));
        steps.run(BitcodeLinker.assemble(settings, llvmAs, c));
        return BitcodeLinker.bridged(settings, c);
    }

    /**
     * The call adapters crate {@code c} links with {@code finish} (helper -> adapter): none with
     * {@code finish=kernel}, which keeps the kernel's inputs.
     */
    Map<String, String> adapters(FinishStep finish, CrateSpec c) {
        return finish == FinishStep.KERNEL ? Map.of()
                : CallAdapter.adapters(crateModule(c), helperModule(settings.variant(c.helpers())));
    }

    /**
     * When code generation failed because a helper compiled for another processor was inlined into
     * Rust code that lacks its features ({@code Cannot select}), the error that says which and what to do.
     */
    private java.util.Optional<KernelRustException> targetMismatch(CrateSpec c, CommandFailedException e) {
        String out = e.result().printed();
        if (!out.contains("Cannot select")) {
            return java.util.Optional.empty();
        }
        java.util.Optional<TargetMismatch.Found> found;
        try {
            found = TargetMismatch.find(out, crateModule(c), helperModule(settings.variant(c.helpers())));
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty(); // the IR cannot be read: clang's own error is all there is to say
        }
        return found.map(f -> new KernelRustException(TargetMismatch.explain(f, c.name(), helperFlags()) + "\n"
                + TargetMismatch.withoutBacktrace(e.getMessage())));
    }

    /** The helpers' C flags by where they come from: {@code cflags} (less cflagsRemove), then pkg-config's. */
    private Map<String, List<String>> helperFlags() {
        Map<String, List<String>> flags = new java.util.LinkedHashMap<>();
        flags.put("cflags", settings.helperCflags());
        if (!settings.pkgConfig().isEmpty()) {
            flags.put("pkg-config " + String.join(" ", settings.pkgConfig()), pkgConfig().cflags());
        }
        return flags;
    }

    /**
     * The opt runs for a crate of {@code finish=focused} or {@code selective}: which functions to
     * optimize again comes from the crate's IR and its helpers' (read for the ABI check already).
     */
    private void inlineSelectively(Path opt, FinishStep finish, CrateSpec c) {
        Reoptimization r = finish.reoptimization(crateModule(c), helperModule(settings.variant(c.helpers())));
        log.info("finish=" + finish.value() + ": " + r.reoptimized().size() + " of "
                + (r.reoptimized().size() + r.kept().size()) + " functions of crate " + c.name()
                + " get -O2's passes again (" + finish.reoptimizedBecause() + ")"
                + (r.kept().isEmpty() ? "" : "; " + finish.keptGet())
                + (r.inlinable().isEmpty() ? "." : "; -O2's inliner first, for the C functions their helpers call ("
                        + inlinableNames(r.inlinable()) + ")."));
        BitcodeLinker.writeMarks(settings, c, r);
        if (!r.mixed()) {
            StaleOutputs.remove(StaleOutputs.withRecord(BitcodeLinker.cleaned(settings, c)));
        }
        BitcodeLinker.inlineSelectively(settings, finish, opt, c, r).forEach(steps::run);
    }

    /** At most three names, then how many more. */
    private static String inlinableNames(List<String> names) {
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private Path opt() {
        int major = detection.toolchain().rustc().llvmVersion().map(LlvmVersion::major).orElse(22);
        return new LlvmTools(searchPath).find("opt", detection.toolchain()).orElseThrow(() -> new KernelRustException(
                "kernelRust.finish=" + settings.finish().value()
                        + (settings.finish().isDefault() ? " (the default)" : "") + " needs LLVM's opt and"
                        + " found none beside llvm-link or on PATH. Install llvm-" + major + " (apt-get install llvm-"
                        + major + ") or set kernelRust.finish=kernel, which needs only clang."));
    }

    /**
     * Compares every crate's declarations with the helpers' definitions; a mismatch fails the build
     * with one paragraph per helper. Skipped, with one line, where no helper IR exists (cc).
     */
    public void checkBoundary() {
        if (helperSources().isEmpty() || settings.crates().isEmpty()) {
            return;
        }
        if (!Boundary.checkable(detection)) {
            log.info("ABI check skipped: the helpers were compiled by " + detection.decision().cCompiler().describe()
                    + ", which writes no LLVM IR to compare with (install clang-22 to check them).");
            return;
        }
        Parallel.run(jobs, CrateGraph.buildOrder(settings.crates()), c -> {
            IrModule helpers = helperModule(settings.variant(c.helpers()));
            List<AbiCheck.Mismatch> mismatches = Boundary.real(AbiCheck.compare(crateModule(c), helpers),
                    CrateCompiler.sources(settings, c), settings.target().clangTarget().startsWith("aarch64"));
            if (!mismatches.isEmpty()) {
                // the crate's object calls the helpers wrongly: it must not stay looking finished
                Path object = CrateCompiler.object(settings, c);
                AtomicFiles.deleteQuietly(object);
                AtomicFiles.deleteQuietly(Step.recordOf(object));
                throw Boundary.mismatch(c, mismatches, CrateCompiler.sources(settings, c), helperSources());
            }
        });
    }

    /** The helpers' IR of a variant, disassembled (once) and read. */
    IrModule helperModule(HelperVariant v) {
        return module(Boundary.helperIr(settings, detection.mode(), v));
    }

    /** A crate's own IR (before llvm-link), disassembled (once) and read. */
    IrModule crateModule(CrateSpec c) {
        return module(CrateCompiler.bitcode(settings, c));
    }

    /** The module of a bitcode file, read once: a thread that asks while another reads it waits for that one. */
    private IrModule module(Path bitcode) {
        java.util.concurrent.CompletableFuture<IrModule> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<IrModule> known = modules.putIfAbsent(bitcode, mine);
        if (known != null) {
            try {
                return known.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            IrModule m = read(bitcode);
            mine.complete(m);
            return m;
        } catch (RuntimeException e) {
            // a failure is not kept: the next ask tries again, as before
            modules.remove(bitcode, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private IrModule read(Path bc) {
        if (!java.nio.file.Files.isRegularFile(bc)) {
            throw new KernelRustException("Cannot check the helpers' boundary: " + bc + " does not exist. Run the"
                    + " compile goals first (mvn verify, or kernel-rust:inline-helpers).");
        }
        Path dis = new LlvmTools(searchPath).find("llvm-dis", detection.toolchain()).orElseThrow(() ->
                new KernelRustException("The ABI check and the report need llvm-dis and found none beside"
                        + " llvm-link or on PATH. Install llvm-" + llvmMajor() + " (apt-get install llvm-"
                        + llvmMajor() + ")."));
        steps.run(Boundary.disassemble(dis, bc));
        try {
            return IrModule.parse(java.nio.file.Files.readString(Boundary.disassembly(bc)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int llvmMajor() {
        return detection.toolchain().rustc().llvmVersion().map(LlvmVersion::major).orElse(22);
    }

    /** When rustc failed because the bindings it includes were not generated, the error that says why. */
    private java.util.Optional<KernelRustException> missingBindings(CrateSpec c, CommandFailedException e) {
        String out = e.result().printed();
        if (!out.contains(Bindgen.OUTPUT) || java.nio.file.Files.isRegularFile(BindingsStep.output(settings))) {
            return java.util.Optional.empty();
        }
        String reason = whyNoBindings(helperSources());
        String failed = bindingsFailed();
        String why = reason != null ? reason : failed != null ? failed : "the generate-bindings goal did not run"
                + " (bind it, or run kernel-rust:inline-helpers)";
        return java.util.Optional.of(new KernelRustException("Crate " + c.name() + " includes " + Bindgen.OUTPUT
                + ", which was not generated: " + why + ". " + BINDGEN_REMEDY + ", and keep"
                + " kernelRust.generateBindings at auto or true. rustc said: " + out.strip().lines().findFirst()
                .orElse("")));
    }

    /**
     * When rustc refused a struct of the generated bindings for being both packed and aligned
     * (bindgen 0.60's layout of such a C type), the error that says to make it opaque.
     */
    private java.util.Optional<KernelRustException> packedAndAligned(CrateSpec c, CommandFailedException e) {
        List<String> names = Bindgen.packedAndAligned(e.result().printed());
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        String flags = names.stream().map(n -> "<bindgenFlag>--opaque-type=" + n + "</bindgenFlag>")
                .collect(java.util.stream.Collectors.joining());
        return java.util.Optional.of(new KernelRustException("Crate " + c.name() + " does not compile: bindgen wrote "
                + String.join(", ", names) + " in " + Bindgen.OUTPUT + " as packed and aligned at once (the C type is"
                + " __attribute__((packed, aligned(N)))), which Rust refuses (E0587). Have bindgen treat "
                + (names.size() == 1 ? "it" : "them") + " as opaque bytes of the right size and alignment, as the"
                + " kernel does in rust/bindgen_parameters: <bindgenFlags>" + flags + "</bindgenFlags>.\n"
                + e.getMessage()));
    }

    /** {@code exports}: the export tables. */
    public List<Path> exports(String format) {
        return new Exporter(steps.processRunner(), log).run(settings, detection, format, core());
    }

    /** {@code verify-inlining}: the report, and the verdict. */
    public InliningReport verify(boolean failOnNotInlined) {
        return new InliningVerifier(steps.processRunner(), searchPath, log, this).run(settings, detection, failOnNotInlined);
    }

    /**
     * {@code package}: the target's zip, after running the inlining analysis when the report is
     * missing or older than an object ({@code package} comes before {@code verify} in the lifecycle).
     */
    public Path pack(Path zip, boolean failOnNotInlined) {
        if (!ArtifactPackage.reportCurrent(settings)) {
            verify(failOnNotInlined);
        }
        ArtifactPackage.reportChecked(settings);
        log.info("PACKAGE " + zip.getFileName());
        return ArtifactPackage.write(settings, detection, zip);
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
        return build ? lib.ensure(rustc, settings) : null;
    }
}
