package io.github.kernelrust.maven;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.OrderedLogs;
import io.github.kernelrust.core.build.BuildSettings;
import io.github.kernelrust.core.build.CrateSpec;
import io.github.kernelrust.core.build.DependencyArtifacts;
import io.github.kernelrust.core.build.ExternalCrates;
import io.github.kernelrust.core.build.ExportTable;
import io.github.kernelrust.core.build.FinishStep;
import io.github.kernelrust.core.build.GenerateBindings;
import io.github.kernelrust.core.build.HelperVariant;
import io.github.kernelrust.core.build.Jobs;
import io.github.kernelrust.core.build.OutputLock;
import io.github.kernelrust.core.build.Parallel;
import io.github.kernelrust.core.build.Pipeline;
import io.github.kernelrust.core.build.RustcFlags;
import io.github.kernelrust.core.build.Wrap;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.process.ToolAnswers;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.InlineHelpers;
import io.github.kernelrust.core.toolchain.SearchPath;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.ToolKind;
import io.github.kernelrust.core.toolchain.ToolRequest;
import io.github.kernelrust.core.toolchain.ToolchainDetector;
import io.github.kernelrust.core.toolchain.ToolchainLock;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal shares, and their mapping to the core's {@link BuildSettings}. A goal
 * only says which pipeline step it runs ({@link #run}).
 */
abstract class AbstractKernelRustMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** Skip this goal. */
    @Parameter(property = "kernelRust.skip", defaultValue = "false")
    boolean skip;

    /**
     * Where to find the LLVM tools, as the kernel's {@code LLVM=}: {@code 1} for unversioned names on
     * PATH, {@code -22} for suffixed names ({@code clang-22}), a directory ending in {@code /} for a
     * prefix ({@code /usr/lib/llvm-22/bin/}). Unset: find tools whose LLVM major equals rustc's, on
     * PATH, then as {@code NAME-MAJOR}, then in {@code /usr/lib/llvm-MAJOR/bin}.
     */
    @Parameter(property = "kernelRust.llvm")
    String llvm;

    /**
     * rustc to use (a path, or a name on PATH). Default: the first {@code rustc} on PATH; for a target
     * that needs {@code core} built from source, the first one that has library sources (or a prebuilt
     * {@code core} for the target).
     */
    @Parameter(property = "kernelRust.rustc")
    String rustc;

    /** clang to use; wins over {@code llvm}. */
    @Parameter(property = "kernelRust.clang")
    String clang;

    /** llvm-link to use; wins over {@code llvm}. */
    @Parameter(property = "kernelRust.llvmLink")
    String llvmLink;

    /** nm to use (llvm-nm or GNU nm); wins over {@code llvm}. Default: llvm-nm as discovered, else nm. */
    @Parameter(property = "kernelRust.nm")
    String nm;

    /** The C compiler for out-of-line helpers when no clang is usable. Default: {@code cc} on PATH. */
    @Parameter(property = "kernelRust.cc")
    String cc;

    /**
     * bindgen, which writes {@code bindings_helpers_generated.rs} (a path, or a name on PATH). Default:
     * {@code bindgen} on PATH (Debian: {@code apt-get install bindgen libclang1-14}).
     */
    @Parameter(property = "kernelRust.bindgen")
    String bindgen;

    /**
     * Generate the helpers' Rust declarations, {@code bindings_helpers_generated.rs}, with bindgen:
     * {@code auto} when a usable bindgen is found, {@code true} (or fail saying what is missing),
     * {@code false}. A crate includes them with
     * {@code mod ffi { include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs")); }}.
     */
    @Parameter(property = "kernelRust.generateBindings", defaultValue = "auto")
    String generateBindings;

    /**
     * Options for bindgen itself, one per element, given after the plugin's own and before the
     * flags for libclang: what the kernel keeps in {@code rust/bindgen_parameters}, such as
     * {@code --opaque-type=xregs_state} for a type bindgen 0.60 lays out as Rust that does not
     * compile ({@code packed} and {@code aligned} together). Default: none.
     */
    @Parameter(property = "kernelRust.bindgenFlags")
    List<String> bindgenFlags;

    /**
     * In the bindings, name each helper after the C function it wraps ({@code refcount_inc}) and link
     * it to {@code rust_helper_refcount_inc} with {@code #[link_name]}, as the kernel's bindings do.
     * Default: keep the {@code rust_helper_} names.
     */
    @Parameter(property = "kernelRust.bindingsCNames", defaultValue = "false")
    boolean bindingsCNames;

    /**
     * Helpers the plugin writes itself: for each {@code static inline} function of {@code <headers>}
     * that a name or regular expression of {@code <functions>} matches, a
     * {@code __rust_helper RET rust_helper_NAME(PARAMS) { return NAME(ARGS); }}, compiled with the
     * helper sources (which may then be none) and covered by the bindings and the report.
     */
    @Parameter
    WrapConfig wrap;

    /**
     * {@code auto}: inline when rustc, clang and llvm-link share an LLVM major (and llvm-link is at
     * least as new), else out-of-line with a warning; {@code true}: inline or fail; {@code false}:
     * out-of-line.
     */
    @Parameter(property = "kernelRust.inlineHelpers", defaultValue = "auto")
    String inlineHelpers;

    /** {@code x86_64} or {@code aarch64}. Default: the build machine's architecture. */
    @Parameter(property = "kernelRust.target")
    String target;

    /**
     * Several targets built in one run, each with its own toolchain decision; with two or more, each
     * goes into {@code outputDirectory/TARGET}. Wins over {@code target}.
     */
    @Parameter(property = "kernelRust.targets")
    List<String> targets;

    /** rustc's target triple, overriding the one {@code target} implies (e.g. {@code x86_64-unknown-none}). */
    @Parameter(property = "kernelRust.rustTarget")
    String rustTarget;

    /** clang's target triple, overriding the one {@code target} implies. */
    @Parameter(property = "kernelRust.clangTarget")
    String clangTarget;

    /** Helper sources. Default: every {@code *.c} under {@code src/main/helpers}, sorted. */
    @Parameter
    List<File> helpers;

    /**
     * Extra {@code -I} directories for the helpers (and bindgen and {@code <wrap>}). A relative one
     * resolves against {@code workingDirectory} when it is set, else the project folder; one that
     * does not exist is an error.
     */
    @Parameter(property = "kernelRust.includes")
    List<String> includes;

    /**
     * pkg-config packages ({@code python3-embed}, {@code liburing}): their {@code pkg-config --cflags}
     * go to the helpers, bindgen and {@code <wrap>}, after {@code cflags} and {@code includes}; their
     * {@code --libs} are what the report says a final link needs. pkg-config runs again only when a
     * {@code .pc} file it read changes.
     */
    @Parameter(property = "kernelRust.pkgConfig")
    List<String> pkgConfig;

    /**
     * The folder the C and Rust tools run in, as Kbuild runs them in the kernel tree, so its flags
     * work as pasted: {@code -I./include}, {@code -include ./include/linux/compiler-version.h},
     * {@code @include/generated/rustc_cfg}. Relative {@code includes}, {@code @file} flags and a
     * target spec file resolve against it too (without it: against the project folder, and the
     * tools run in the folder Maven was started in).
     */
    @Parameter(property = "kernelRust.workingDirectory")
    File workingDirectory;

    /** Flags for the helpers and for the final clang step of each crate. */
    @Parameter(property = "kernelRust.cflags", defaultValue = "-O2")
    List<String> cflags;

    /** Flags removed from {@code cflags} for the helpers (the kernel's CFLAGS_REMOVE_helpers.o). */
    @Parameter(property = "kernelRust.cflagsRemove", defaultValue = "-Wmissing-prototypes,-Wmissing-declarations")
    List<String> cflagsRemove;

    /** Helper builds with extra defines besides the default {@code helpers}; a crate picks one by name. */
    @Parameter
    List<HelperVariantConfig> helperVariants;

    /**
     * The crates. Default: one crate named after the artifactId ({@code -} becomes {@code _}) with its
     * root at {@code src/main/rust/lib.rs}.
     */
    @Parameter
    List<Crate> crates;

    /** Flags for every crate. */
    @Parameter(property = "kernelRust.rustflags", defaultValue = "-O,-Cpanic=abort")
    List<String> rustflags;

    /**
     * Build {@code core} and a {@code compiler_builtins} stub from rustc's library sources and compile
     * with {@code --sysroot=/dev/null}, as the kernel does. {@code auto}: when rustc has no library for
     * the target.
     */
    @Parameter(property = "kernelRust.coreFromSource", defaultValue = "auto")
    String coreFromSource;

    /** Where built {@code core} libraries are cached, keyed by rustc, target and flags. Safe to delete. */
    @Parameter(property = "kernelRust.coreCache", defaultValue = "${user.home}/.cache/kernel-rust-maven-plugin/core")
    File coreCache;

    /**
     * Set {@code RUSTC_BOOTSTRAP=1} for every rustc the build runs (crates and {@code core}), as the
     * kernel does: {@code -Z} flags ({@code -Zfunction-return=thunk-extern}), target spec files and
     * {@code core} built from source need it with a stable rustc. {@code false} sets nothing (a
     * {@code RUSTC_BOOTSTRAP} in the environment still applies).
     */
    @Parameter(property = "kernelRust.rustcBootstrap", defaultValue = "true")
    boolean rustcBootstrap;

    /**
     * One line per exported symbol in the export tables, printf-style: {@code %s} is the symbol,
     * {@code \n} a line break.
     */
    @Parameter(property = "kernelRust.exportFormat", defaultValue = ExportTable.DEFAULT_FORMAT)
    String exportFormat;

    /**
     * In inline mode, fail the build when a call to a helper that carries {@code __rust_helper} is
     * left in a final object.
     */
    @Parameter(property = "kernelRust.failOnNotInlined", defaultValue = "true")
    boolean failOnNotInlined;

    /**
     * How each merged module becomes an object. {@code focused} (the default): the helpers are
     * compiled with ThinLTO's pre-link pipeline ({@code -flto=thin}), {@code opt} inlines them, runs
     * only the passes of clang's {@code -O2} that act on the code they bring in (clean-ups, jump
     * threading, loop rotation, vectorization, unrolling) in the functions that call a helper and
     * drops what nothing calls, then clang generates code; the functions that call no helper stay as
     * rustc optimized them (a second {@code opt} run takes their {@code optnone} mark off). On every
     * benchmark each function is the one {@code kernel} writes, or shorter where a helper's own loop
     * lands in a Rust loop, in less time. {@code selective}:
     * {@code opt} inlines the helpers and cleans up around them, then runs those {@code -O2} passes
     * again only in the functions that call a helper without atomics or inline assembly; those
     * functions are instruction for instruction what {@code kernel} writes, the others keep rustc's
     * loops around a locked operation (cheaper to build; on some benchmark loops up to 4% slower
     * than {@code kernel}, depending on where the code sits, see docs/benchmarks.md). {@code kernel}: clang runs its full
     * {@code -O2} pipeline over the merged module, as the kernel does (needs no {@code opt}). {@code fast}: {@code opt} only
     * inlines the helpers and cleans up around them, then clang generates code: loops that called a
     * helper are not re-optimized. With {@code cflags} that are not plain {@code -O2}, such as
     * {@code -Os}, {@code selective} and {@code focused} run {@code kernel}'s command.
     */
    @Parameter(property = "kernelRust.finish", defaultValue = FinishStep.DEFAULT_VALUE)
    String finish;

    /**
     * The longest one tool may run, in seconds, its output included. When the limit passes, the
     * plugin kills the tool and every process it started, and the build fails naming the command:
     * a tool that hangs, and a tool that exited while a process it started (a wrapper's background
     * child) keeps its output open. Applies to every command except the version queries, which
     * {@code probeTimeout} limits. A whole number greater than 0.
     */
    @Parameter(property = "kernelRust.compileTimeout", defaultValue = "600")
    String compileTimeout;

    /**
     * How many steps of one kind may run at once: independent crates, the helper variants, the
     * links and the ABI checks of several crates (a crate still waits for the crates it depends on).
     * A whole number greater than 0; unset, the processors Maven's {@code -T} leaves to this module
     * (the machine's processors divided by {@code -T}'s threads, at least 1). 1 builds one step
     * after another, in the configured order.
     */
    @Parameter(property = "kernelRust.jobs")
    String jobs;

    /**
     * The longest a tool may take to answer its version query ({@code --version}) while the
     * toolchain is found, in seconds; then it is killed and reported as broken. A whole number
     * greater than 0.
     */
    @Parameter(property = "kernelRust.probeTimeout", defaultValue = "60")
    String probeTimeout;

    /**
     * The toolchain lock ({@code kernel-rust-toolchain.lock}): when it exists, detect-toolchain and
     * inline-helpers fail if the toolchain found differs from it.
     */
    @Parameter(property = "kernelRust.lockFile", defaultValue = "${project.basedir}/" + ToolchainLock.FILE_NAME)
    File lockFile;

    /** detect-toolchain and inline-helpers (re)write the lock file with the toolchain found. */
    @Parameter(property = "kernelRust.writeLock", defaultValue = "false")
    boolean writeLock;

    /** Everything the plugin writes. */
    @Parameter(property = "kernelRust.outputDirectory", defaultValue = "${project.build.directory}/kernel-rust")
    File outputDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goal() + " (kernelRust.skip=true)");
            return;
        }
        try {
            applyPomOverCommandLine();
            if (opensBuild() && project != null) {
                project.setContextValue(STARTS_AT, ProcessRunner.started());
            }
            List<Target> list = targetList();
            int jobs = jobs();
            if (list.size() > 1 && jobs > 1 && targetsAtOnce()) {
                runAtOnce(list, jobs);
            } else {
                stepJobs = jobs;
                for (Target t : list) {
                    if (list.size() > 1) {
                        getLog().info("--- " + goal() + ", target " + t.name() + " ---");
                    }
                    runLocked(t);
                }
            }
            if (closesBuild() && project != null
                    && Long.valueOf(ProcessRunner.started()).equals(project.getContextValue(STARTS_AT))) {
                getLog().info(NOTHING_CHANGED);
            }
        } catch (KernelRustException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Runs the goal for one target, holding its output folder. */
    private void runLocked(Target t) {
        Duration wait = seconds("kernelRust.compileTimeout", compileTimeout, ProcessRunner.DEFAULT_COMPILE_TIMEOUT);
        // one build at a time per output folder; another waits (up to the compile limit)
        try (OutputLock lock = OutputLock.acquire(outputFor(t), wait, log())) {
            run(t);
        }
    }

    /**
     * Runs the goal for every target at once, the jobs shared among them; each target's lines are
     * logged together, in the targets' order (the first as it goes, the others when their turn comes).
     */
    private void runAtOnce(List<Target> list, int jobs) {
        OrderedLogs logs = new OrderedLogs(new MavenBuildLog(getLog()), list.size());
        stepJobs = Math.max(1, jobs / list.size());
        try {
            Parallel.run(jobs, list, t -> {
                int i = list.indexOf(t);
                BuildLog log = logs.part(i);
                targetLog.set(log);
                try {
                    log.info("--- " + goal() + ", target " + t.name() + " ---");
                    runLocked(t);
                } finally {
                    targetLog.remove();
                    logs.end(i);
                }
            });
        } finally {
            logs.endAll();
        }
    }

    /** Whether the goal may run its targets at once ({@code package} attaches in the targets' order). */
    boolean targetsAtOnce() {
        return true;
    }

    /** The log of the target that the current thread builds, while targets run at once. */
    private final ThreadLocal<BuildLog> targetLog = new ThreadLocal<>();
    /** The jobs of each target's steps: all of {@link #jobs()}, or a share while targets run at once. */
    private volatile int stepJobs = 1;

    /**
     * Makes the POM win over {@code -DkernelRust.NAME} for every parameter, lists written as elements
     * too (where Maven lets {@code -D} replace them), with a WARNING for each value dropped.
     */
    private void applyPomOverCommandLine() {
        if (mojoExecution == null || session == null) {
            return;
        }
        Map<String, String> properties = new java.util.TreeMap<>();
        for (org.apache.maven.plugin.descriptor.Parameter p : mojoExecution.getMojoDescriptor().getParameters()) {
            String e = p.getExpression();
            if (e != null && e.startsWith("${kernelRust.") && e.endsWith("}")) {
                properties.put(p.getName(), e.substring(2, e.length() - 1));
            }
        }
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
        CommandLineOverrides.Resolution r = CommandLineOverrides.resolve(mojoExecution.getConfiguration(), properties,
                session.getUserProperties(), v -> {
                    try {
                        Object o = evaluator.evaluate(v);
                        return o == null ? null : o.toString();
                    } catch (ExpressionEvaluationException e) {
                        return v;
                    }
                });
        for (String w : r.warnings()) {
            // every goal of the execution applies the rule: say it once per project and build
            if (project.getContextValue("kernelRust.warned " + w) == null) {
                project.setContextValue("kernelRust.warned " + w, Boolean.TRUE);
                getLog().warn(w);
            }
        }
        targets = r.list("targets", targets);
        cflags = r.list("cflags", cflags);
        cflagsRemove = r.list("cflagsRemove", cflagsRemove);
        rustflags = r.list("rustflags", rustflags);
        includes = r.list("includes", includes);
        pkgConfig = r.list("pkgConfig", pkgConfig);
    }

    private static final String STARTS_AT = "kernelRust.toolStartsAtDetection";
    /** What a build that found every output up to date and every tool answer kept says, once. */
    static final String NOTHING_CHANGED = "kernel-rust: nothing changed, no tool run";

    /** Whether this goal starts the plugin's work in a build (the no-op count starts here). */
    boolean opensBuild() {
        return false;
    }

    /** Whether this goal ends the plugin's work in a build (where a no-op says so). */
    boolean closesBuild() {
        return false;
    }

    /** The goal's name, for the log. */
    abstract String goal();

    /** Runs the goal's step(s) for one target. */
    abstract void run(Target t);

    BuildLog log() {
        BuildLog log = targetLog.get();
        return log != null ? log : new MavenBuildLog(getLog());
    }

    List<Target> targetList() {
        List<String> names = targets == null || targets.isEmpty() ? List.of(target == null ? "" : target) : targets;
        if (names.size() > 1 && (notBlank(rustTarget) || notBlank(clangTarget))) {
            throw new KernelRustException("rustTarget and clangTarget override the triples of one target, but "
                    + names.size() + " targets are configured (" + names + "). Build the overridden target on its"
                    + " own (e.g. in a separate execution or module).");
        }
        String rust = rustTargetOrPasted(names.size());
        List<Target> list = new ArrayList<>();
        for (String n : names) {
            Target t = Target.of(n, rust, clangTarget).resolvedAgainst(base());
            if (list.stream().anyMatch(o -> o.name().equals(t.name()))) {
                throw new KernelRustException("Target " + t.name() + " is listed twice in <targets>.");
            }
            list.add(t);
        }
        return list;
    }

    /**
     * {@code rustTarget}, or the {@code --target} that {@code rustflags} holds when pasted from Kbuild
     * ({@code --target=./rust/target.json}); both, when they differ, are an error.
     */
    private String rustTargetOrPasted(int targetCount) {
        java.util.Optional<String> pasted = RustcFlags.target(nonNull(rustflags));
        if (pasted.isEmpty()) {
            return rustTarget;
        }
        if (notBlank(rustTarget) && !Target.of(target, rustTarget, null).resolvedAgainst(base())
                .equals(Target.of(target, pasted.get(), null).resolvedAgainst(base()))) {
            throw new KernelRustException("rustflags hold --target=" + pasted.get() + " and rustTarget is " + rustTarget
                    + ": the plugin passes one target to rustc. Keep one of them.");
        }
        if (targetCount > 1) {
            throw new KernelRustException("rustflags hold --target=" + pasted.get() + ", which is one target, but "
                    + targetCount + " targets are configured. Set rustTarget per target instead.");
        }
        return pasted.get();
    }

    /** What relative user paths resolve against: the working directory, else the project folder. */
    private Path base() {
        return (workingDirectory != null ? workingDirectory : project.getBasedir()).toPath().toAbsolutePath();
    }

    /** One folder per target when several are built, else {@code outputDirectory} itself. */
    Path outputFor(Target t) {
        Path out = outputDirectory.toPath().toAbsolutePath();
        return targets == null || targets.size() < 2 ? out : out.resolve(t.name());
    }

    ToolRequest toolRequest() {
        Map<ToolKind, String> explicit = new EnumMap<>(ToolKind.class);
        putIfSet(explicit, ToolKind.RUSTC, rustc);
        putIfSet(explicit, ToolKind.CLANG, clang);
        putIfSet(explicit, ToolKind.LLVM_LINK, llvmLink);
        putIfSet(explicit, ToolKind.NM, nm);
        putIfSet(explicit, ToolKind.CC, cc);
        putIfSet(explicit, ToolKind.BINDGEN, bindgen);
        return new ToolRequest(llvm, explicit);
    }

    ToolchainDetector detector(Target t) {
        return new ToolchainDetector(SearchPath.fromEnvironment(), runner(t), log());
    }

    /** A runner with the configured limits, after killing what builds killed earlier left running. */
    ProcessRunner runner(Target t) {
        ProcessRunner runner = new ProcessRunner(
                seconds("kernelRust.compileTimeout", compileTimeout, ProcessRunner.DEFAULT_COMPILE_TIMEOUT),
                seconds("kernelRust.probeTimeout", probeTimeout, ProcessRunner.DEFAULT_PROBE_TIMEOUT));
        List<String> killed = ProcessRunner.killToolsOfDeadBuilds();
        if (!killed.isEmpty()) {
            log().warn("Killed " + killed.size() + " tool process(es) that an earlier build, itself killed before"
                    + " it could stop them, left running: " + String.join(", ", killed));
        }
        return runner.withAnswers(ToolAnswers.in(outputFor(t)));
    }

    /** {@code jobs}, or the processors left to this module by Maven's {@code -T}. */
    int jobs() {
        int threads = session == null || session.getRequest() == null ? 1
                : Math.max(1, session.getRequest().getDegreeOfConcurrency());
        return Jobs.parse(jobs, Runtime.getRuntime().availableProcessors(), threads);
    }

    /** A limit in whole seconds greater than 0; unset means the default. */
    static Duration seconds(String property, String value, Duration defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int n = Jobs.positive(value);
        if (n <= 0) {
            throw new KernelRustException(property + " is '" + value + "', but it must be a whole number of seconds"
                    + " greater than 0 (default " + defaultValue.toSeconds() + "), such as -D" + property + "="
                    + defaultValue.toSeconds() + ".");
        }
        return Duration.ofSeconds(n);
    }

    /** The toolchain decision for a target: recorded by detect-toolchain, or detected now. */
    Detection detection(Target t) {
        Detection d = detector(t).resolve(toolRequest(), InlineHelpers.parse(inlineHelpers), outputFor(t), t,
                CoreFromSource.parse(coreFromSource));
        publish(t, d);
        return d;
    }

    /** A fresh toolchain decision for a target, logged, recorded, held against the lock and published. */
    Detection detectNow(Target t) {
        Detection d = detector(t).detect(toolRequest(), InlineHelpers.parse(inlineHelpers), outputFor(t), t,
                CoreFromSource.parse(coreFromSource));
        ToolchainLock lock = new ToolchainLock(lockFile.toPath().toAbsolutePath());
        // targets built at once share the file: one reads and rewrites it at a time
        synchronized (ToolchainLock.class) {
            if (writeLock) {
                lock.write(t, d);
                log().info("Wrote " + lockFile + " (target " + t.name() + ")");
            } else {
                lock.check(t, d);
            }
        }
        publish(t, d);
        return d;
    }

    /** The contract's project properties, for plugins that run later. */
    void publish(Target t, Detection d) {
        var props = project.getProperties();
        String prefix = targetList().size() > 1 ? "kernelRust." + t.name() + "." : "kernelRust.";
        List<String> prefixes = targetList().get(0).equals(t) ? List.of(prefix, "kernelRust.") : List.of(prefix);
        for (String p : prefixes) {
            props.setProperty(p + "mode", d.mode().id());
            d.toolchain().rustc().llvmVersion()
                    .ifPresent(v -> props.setProperty(p + "rustcLlvmVersion", Integer.toString(v.encoded())));
            props.setProperty(p + "rustcClangLlvmCompatible",
                    Boolean.toString(d.toolchain().rustcClangLlvmCompatible()));
        }
    }

    /**
     * The crates of the kernel-rust zips among the project's dependencies built for the target,
     * unpacked into {@code target/kernel-rust-deps/ARTIFACTID/TRIPLE} (goals that compile crates
     * resolve the compile-scope dependencies).
     */
    ExternalCrates externalCrates(Target t) {
        List<DependencyArtifacts.Dependency> deps = new ArrayList<>();
        for (org.apache.maven.artifact.Artifact a : project.getArtifacts()) {
            if ("zip".equals(a.getType()) && a.getClassifier() != null && a.getFile() != null) {
                deps.add(new DependencyArtifacts.Dependency(a.getArtifactId(), a.getClassifier(), a.getFile().toPath()));
            }
        }
        return deps.isEmpty() ? ExternalCrates.NONE : DependencyArtifacts.unpack(deps, t.rustTargetName(),
                Path.of(project.getBuild().getDirectory()).resolve("kernel-rust-deps"), log());
    }

    Pipeline pipeline(Target t) {
        return pipeline(t, detection(t));
    }

    Pipeline pipeline(Target t, Detection d) {
        return new Pipeline(settings(t), d, runner(t), SearchPath.fromEnvironment(), log())
                .jobs(stepJobs);
    }

    BuildSettings settings(Target t) {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        List<Path> sources = helpers == null || helpers.isEmpty() ? defaultHelpers(base)
                : helpers.stream().map(f -> absolute(base, f)).toList();
        List<Path> incs = nonNull(includes).stream().map(Path::of).toList();
        List<HelperVariant> variants = new ArrayList<>();
        variants.add(new HelperVariant(HelperVariant.DEFAULT, List.of()));
        if (helperVariants != null) {
            for (HelperVariantConfig v : helperVariants) {
                if (v.name == null || v.name.equals(HelperVariant.DEFAULT)) {
                    throw new KernelRustException("Each <helperVariant> needs a <name> other than 'helpers'"
                            + " (which is always built without extra defines).");
                }
                variants.add(new HelperVariant(v.name, v.defines == null ? List.of() : v.defines));
            }
        }
        return new BuildSettings(outputFor(t), t, sources, incs, nonNull(cflags), nonNull(cflagsRemove), variants,
                crateSpecs(base), RustcFlags.withoutTarget(nonNull(rustflags)), CoreFromSource.parse(coreFromSource),
                coreCache.toPath().toAbsolutePath(), FinishStep.parse(finish), GenerateBindings.parse(generateBindings),
                bindingsCNames, wrap == null ? Wrap.NONE : wrap.toWrap(), rustcBootstrap, base,
                workingDirectory == null ? null : workingDirectory.toPath(), nonNull(pkgConfig), List.of(),
                nonNull(bindgenFlags));
    }

    private List<CrateSpec> crateSpecs(Path base) {
        if (crates == null || crates.isEmpty()) {
            Path root = base.resolve("src/main/rust/lib.rs");
            if (!Files.isRegularFile(root)) {
                // an aggregator or a module without Rust: nothing to build here, not an error
                log().debug("No src/main/rust/lib.rs and no <crates>: no crate in " + base);
                return List.of();
            }
            String name = project.getArtifactId().replace('-', '_');
            return List.of(new CrateSpec(name, root, List.of(), true, HelperVariant.DEFAULT, "2021", List.of()));
        }
        List<CrateSpec> specs = new ArrayList<>();
        for (Crate c : crates) {
            if (c.name == null || c.name.isBlank()) {
                throw new KernelRustException("Every <crate> needs a <name>.");
            }
            Path root = c.root == null ? base.resolve("src/main/rust/lib.rs") : absolute(base, c.root);
            if (c.root == null && !specs.isEmpty()) {
                throw new KernelRustException("Crate " + c.name + " has no <root>; only the first crate defaults to"
                        + " src/main/rust/lib.rs.");
            }
            specs.add(new CrateSpec(c.name, root, nonNull(c.deps), c.linkHelpers,
                    c.helpers == null ? HelperVariant.DEFAULT : c.helpers, c.edition == null ? "2021" : c.edition,
                    nonNull(c.rustflags)));
        }
        return specs;
    }

    private static List<Path> defaultHelpers(Path base) {
        Path dir = base.resolve("src/main/helpers");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // a symlinked subfolder is part of the helpers (a shared folder linked in): follow it
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".c") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemLoopException loop) {
                throw new KernelRustException("The helper folder " + dir + " holds a symbolic link that loops back"
                        + " into itself (" + loop.getFile() + "). Remove the link, or list the helpers with <helpers>.");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path absolute(Path base, File f) {
        return f.isAbsolute() ? f.toPath().normalize() : base.resolve(f.toPath()).normalize();
    }

    private static List<String> nonNull(List<String> l) {
        return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void putIfSet(Map<ToolKind, String> m, ToolKind k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
