package io.github.kernelrust.core.process;

import io.github.kernelrust.core.KernelRustException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs external tools with {@link ProcessBuilder} and an argument list: no shell ever sees a
 * path, so a project directory holding {@code $(}, quotes or spaces is only a name. Output is
 * captured. Each run has one deadline that covers the tool and the reading of its output: a tool
 * that hangs, or that exits while a process it started keeps its stdout open, has its whole
 * process tree killed when the deadline passes ({@link CommandTimedOutException}). No tool
 * outlives the JVM: a shutdown hook kills what still runs.
 */
public class ProcessRunner {

    public static final Duration DEFAULT_COMPILE_TIMEOUT = Duration.ofSeconds(600);
    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(60);
    static final String COMPILE_TIMEOUT_SETTING = "kernelRust.compileTimeout";
    static final String PROBE_TIMEOUT_SETTING = "kernelRust.probeTimeout";
    private static final String TMPDIR = "TMPDIR";
    /** After the kill, how long the readers get to collect what the tool printed. */
    private static final Duration DRAIN_AFTER_KILL = Duration.ofSeconds(2);

    private final Duration compileTimeout;
    private final Duration probeTimeout;
    private final RunningTools running;
    private final ToolAnswers answers;
    /** The folder tools get as {@code TMPDIR}, or null for the JVM's environment. */
    private final Path scratch;
    /** Every tool process this JVM started: a build that started none changed nothing. */
    private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

    public ProcessRunner() {
        this(DEFAULT_COMPILE_TIMEOUT, DEFAULT_PROBE_TIMEOUT);
    }

    /** A runner whose commands get {@code compileTimeout} unless they have their own, and probes {@code probeTimeout}. */
    public ProcessRunner(Duration compileTimeout, Duration probeTimeout) {
        this.compileTimeout = positive(compileTimeout, "compile timeout");
        this.probeTimeout = positive(probeTimeout, "probe timeout");
        this.running = RunningTools.instance();
        this.answers = null;
        this.scratch = null;
    }

    private ProcessRunner(ProcessRunner other, ToolAnswers answers, Path scratch) {
        this.compileTimeout = other.compileTimeout;
        this.probeTimeout = other.probeTimeout;
        this.running = other.running;
        this.answers = answers;
        this.scratch = scratch;
    }

    /** The same runner, giving probes and {@link #query queries} the answers kept in {@code answers}. */
    public ProcessRunner withAnswers(ToolAnswers answers) {
        return new ProcessRunner(this, answers, scratch);
    }

    /**
     * The same runner, starting every tool with {@code TMPDIR=dir} (made when a tool first needs it)
     * unless its command sets {@code TMPDIR} itself. Tools then keep their temporary files, and clang
     * the reproducer it writes when it crashes (a preprocessed source or bitcode and a script), in
     * the build's output folder instead of the machine's {@code /tmp}: a failed build leaves nothing
     * outside it, and {@code mvn clean} removes them.
     */
    public ProcessRunner withScratch(Path dir) {
        return new ProcessRunner(this, answers, dir);
    }

    /** How many tool processes this JVM has started so far. */
    public static long started() {
        return STARTED.get();
    }

    /** The limit for a command that has none of its own. */
    public Duration compileTimeout() {
        return compileTimeout;
    }

    /** The limit for asking a tool its version ({@link #probe}). */
    public Duration probeTimeout() {
        return probeTimeout;
    }

    /**
     * Kills the tools that builds in JVMs that no longer exist (killed with SIGKILL, so no shutdown
     * hook ran) left running, and returns them as "PID COMMAND". Cheap when there are none.
     */
    public static List<String> killToolsOfDeadBuilds() {
        return RunningTools.instance().sweepOrphans();
    }

    /**
     * Runs the command within its own timeout, or the compile timeout when it has none, and returns
     * whatever happened; fails only if it could not start or timed out.
     */
    public ProcessResult run(Command command) {
        return run(command.label(), command, limitOf(command));
    }

    /** Runs a version query within the probe timeout, or gives its kept answer when the tool is unchanged. */
    public ProcessResult probe(Command command) {
        Optional<ProcessResult> known = remembered(command);
        if (known.isPresent()) {
            return known.get();
        }
        ProcessResult result = run(command.label(), command, new Limit(probeTimeout, PROBE_TIMEOUT_SETTING));
        remember(result);
        return result;
    }

    /**
     * A question that changes nothing (what a tool prints about a file or itself): the kept answer
     * when the tool and the files named are unchanged, else {@link #runChecked} and the answer kept.
     */
    public ProcessResult query(String what, Command command) {
        ProcessResult result = ask(command);
        if (!result.succeeded()) {
            throw new CommandFailedException(what, result);
        }
        return result;
    }

    /** As {@link #query}, whatever the exit code (only an answer that exited 0 is kept). */
    public ProcessResult ask(Command command) {
        Optional<ProcessResult> known = remembered(command);
        if (known.isPresent()) {
            return known.get();
        }
        ProcessResult result = run(command);
        remember(result);
        return result;
    }

    /** The kept answer of a {@link #query} or {@link #probe}, if it is still valid. */
    public Optional<ProcessResult> remembered(Command command) {
        return answers == null ? Optional.empty() : answers.lookup(command);
    }

    private void remember(ProcessResult result) {
        if (answers != null) {
            answers.remember(result);
        }
    }

    /** Runs the command and throws {@link CommandFailedException} unless it exits 0. */
    public ProcessResult runChecked(String what, Command command) {
        ProcessResult result = run(what, command, limitOf(command));
        if (!result.succeeded()) {
            throw new CommandFailedException(what, result);
        }
        return result;
    }

    /** A time limit and the setting that raises it (null: the command's own). */
    private record Limit(Duration duration, String setting) {
    }

    private Limit limitOf(Command command) {
        return command.timeout() != null ? new Limit(command.timeout(), null)
                : new Limit(compileTimeout, COMPILE_TIMEOUT_SETTING);
    }

    private ProcessResult run(String what, Command command, Limit limit) {
        STARTED.incrementAndGet();
        long deadline = System.nanoTime() + limit.duration().toNanos();
        RunCookie cookie = RunCookie.create();
        ProcessBuilder pb = new ProcessBuilder(command.argv());
        if (command.workDir() != null) {
            pb.directory(command.workDir().toFile());
        }
        pb.environment().putAll(command.env());
        if (scratch != null && !command.env().containsKey(TMPDIR)) {
            try {
                Files.createDirectories(scratch);
            } catch (IOException e) {
                throw new KernelRustException("Cannot create the tools' temporary folder " + scratch + ": " + e, e);
            }
            pb.environment().put(TMPDIR, scratch.toString());
        }
        pb.environment().put(RunCookie.VARIABLE, cookie.value());
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        running.starting(cookie);
        try {
            Process process;
            try {
                process = pb.start();
            } catch (IOException e) {
                throw new KernelRustException("Cannot run " + command.argv().get(0) + ": " + e.getMessage()
                        + "\nCommand: " + command.display(), e);
            }
            // first thing: a reader that starts after the tool exited costs a look at the process tree
            OutputReader out = OutputReader.start(process.getInputStream(), process);
            OutputReader err = OutputReader.start(process.getErrorStream(), process);
            ProcessTree tree = new ProcessTree(process.toHandle(), cookie);
            running.started(tree);
            ProcessResult result = awaitEnd(command, deadline, process, tree, out, err);
            if (result != null) {
                return result;
            }
            Integer exitCode = process.isAlive() ? null : process.exitValue();
            ProcessTree.Killed killed = tree.kill();
            String printed = drained(err) + drained(out);
            throw new CommandTimedOutException(what, command, limit.duration(), limit.setting(), exitCode, killed,
                    printed);
        } finally {
            running.finished(cookie);
        }
    }

    /** The result once the tool exited and its output ended, or null when the deadline came first. */
    private static ProcessResult awaitEnd(Command command, long deadline, Process process, ProcessTree tree,
            OutputReader out, OutputReader err) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                return null;
            }
            // the output ends only when every process holding the pipes has closed them
            String stdout = out.text().get(remaining(deadline), TimeUnit.NANOSECONDS);
            String stderr = err.text().get(remaining(deadline), TimeUnit.NANOSECONDS);
            if ((out.startedBeforeExit() && err.startedBeforeExit()) || noneWritesOn(tree, deadline)) {
                return new ProcessResult(command, process.exitValue(), stdout, stderr);
            }
            return null;
        } catch (TimeoutException e) {
            // the tool exited, but a process it started still holds its output
            return null;
        } catch (InterruptedException e) {
            tree.kill();
            Thread.currentThread().interrupt();
            throw new KernelRustException("Interrupted while running " + command.display()
                    + "; the plugin killed it and the processes it started.", e);
        } catch (IOException | ExecutionException e) {
            tree.kill();
            throw new KernelRustException("Cannot read the output of " + command.display() + ": " + e, e);
        }
    }

    /**
     * For a tool that exited before its output was read: whether, by the deadline, no process it
     * started still writes to a pipe, as one holding the tool's output would.
     */
    private static boolean noneWritesOn(ProcessTree tree, long deadline) throws InterruptedException {
        while (!tree.writingToAPipe().isEmpty()) {
            if (remaining(deadline) == 0) {
                return false;
            }
            Thread.sleep(Math.min(50, TimeUnit.NANOSECONDS.toMillis(remaining(deadline)) + 1));
        }
        return true;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** What a reader got once the tree is dead and the pipes are closed; nothing if it still waits. */
    private static String drained(OutputReader reader) {
        try {
            return reader.text().get(DRAIN_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + name + " must be positive, not " + d);
        }
        return d;
    }
}
