package io.github.kernelrust.maven;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.OrderedLogs;
import io.github.kernelrust.core.build.Jobs;
import io.github.kernelrust.core.build.OutputLock;
import io.github.kernelrust.core.build.Parallel;
import io.github.kernelrust.core.build.RustcFlags;
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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;

/**
 * The parameters every goal shares: where the output goes, the targets, the tools and their
 * limits (every goal finds the toolchain, or reads the decision {@code detect-toolchain}
 * recorded). A goal says which step it runs ({@link #run}); the goals that run pipeline steps
 * add the build's inputs ({@link AbstractPipelineMojo}).
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

    /**
     * The folder the C and Rust tools run in, as Kbuild runs them in the kernel tree, so its flags
     * work as pasted: {@code -I./include}, {@code -include ./include/linux/compiler-version.h},
     * {@code @include/generated/rustc_cfg}. Relative {@code includes}, {@code @file} flags and a
     * target spec file resolve against it too (without it: against the project folder, and the
     * tools run in the folder Maven was started in).
     */
    @Parameter(property = "kernelRust.workingDirectory")
    File workingDirectory;

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

    int stepJobs() {
        return stepJobs;
    }

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
        applyLists(r);
    }

    /** Takes the goal's list parameters as {@link #applyPomOverCommandLine} resolved them. */
    void applyLists(CommandLineOverrides.Resolution r) {
        targets = r.list("targets", targets);
        rustflags = r.list("rustflags", rustflags);
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
        return runner.withAnswers(ToolAnswers.in(outputFor(t))).withScratch(outputFor(t).resolve("tmp"));
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

    /**
     * A fresh toolchain decision for a target, logged, recorded, held against the lock file (or
     * written into it) and published.
     */
    Detection detectNow(Target t, File lockFile, boolean writeLock) {
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

    static List<String> nonNull(List<String> l) {
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
