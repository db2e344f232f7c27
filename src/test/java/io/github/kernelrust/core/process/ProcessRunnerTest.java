package io.github.kernelrust.core.process;

import static io.github.kernelrust.core.process.TestProcesses.pidFrom;
import static io.github.kernelrust.core.process.TestProcesses.running;
import static io.github.kernelrust.core.process.TestProcesses.script;
import static io.github.kernelrust.core.process.TestProcesses.sleepsRunning;
import static io.github.kernelrust.core.process.TestProcesses.stillRunningAfterGrace;
import static io.github.kernelrust.core.process.TestProcesses.uniqueSleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell here only makes test output; the runner itself never uses one. */
class ProcessRunnerTest {

    // long enough that a tool on a loaded 2-core machine has started (and written its pid) before it
    private static final Duration LIMIT = Duration.ofSeconds(4);

    private final ProcessRunner runner = new ProcessRunner();

    private static Command sh(String script) {
        return Command.of("SH", List.of("/bin/sh", "-c", script));
    }

    @Test
    void capturesStdoutAndStderrSeparately() {
        ProcessResult r = runner.run(sh("echo to-out; echo to-err >&2; echo more-out"));

        assertEquals(0, r.exitCode());
        assertTrue(r.succeeded());
        assertEquals("to-out\nmore-out\n", r.stdout());
        assertEquals("to-err\n", r.stderr());
    }

    @Test
    void capturesOutputLargerThanAPipeBufferOnBothStreams() {
        ProcessResult r = runner.run(sh("i=0; while [ $i -lt 20000 ]; do echo out$i; echo err$i >&2; i=$((i+1)); done"));

        assertEquals(20000, r.stdout().lines().count());
        assertEquals(20000, r.stderr().lines().count());
        assertTrue(r.stderr().endsWith("err19999\n"));
    }

    @Test
    void passesEnvironmentAndWorkingDirectory(@TempDir Path dir) throws Exception {
        Command c = new Command("SH", List.of("/bin/sh", "-c", "printf '%s:' \"$KR_VALUE\"; pwd -P"), dir,
                Map.of("KR_VALUE", "a b"), null);

        ProcessResult r = runner.run(c);

        assertEquals("a b:" + dir.toRealPath() + "\n", r.stdout());
    }

    @Test
    void toolsGetTheScratchFolderAsTmpdirMadeWhenFirstNeeded(@TempDir Path dir) throws Exception {
        Path scratch = dir.resolve("out/tmp");
        ProcessRunner scratched = runner.withScratch(scratch);

        ProcessResult r = scratched.run(sh("printf %s \"$TMPDIR\"; : > \"$TMPDIR/left\""));

        assertEquals(scratch.toString(), r.stdout());
        assertTrue(Files.exists(scratch.resolve("left")));
    }

    @Test
    void aCommandsOwnTmpdirWinsOverTheScratchFolder(@TempDir Path dir) {
        Command c = new Command("SH", List.of("/bin/sh", "-c", "printf %s \"$TMPDIR\""), null,
                Map.of("TMPDIR", "/elsewhere"), null);

        ProcessResult r = runner.withScratch(dir.resolve("tmp")).run(c);

        assertEquals("/elsewhere", r.stdout());
        assertFalse(Files.exists(dir.resolve("tmp")));
    }

    @Test
    void aNonZeroExitIsAResultForRunButAFailureForRunChecked() {
        Command c = sh("echo partial; echo 'lib.rs:3:5: error: expected one of' >&2; exit 3");

        assertEquals(3, runner.run(c).exitCode());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner.runChecked("Compiling crate kernel", c));
        assertTrue(e.getMessage().startsWith("Compiling crate kernel failed with exit code 3."), e.getMessage());
        assertTrue(e.getMessage().contains("Command: " + c.display()), e.getMessage());
        assertTrue(e.getMessage().contains("lib.rs:3:5: error: expected one of"), e.getMessage());
        assertEquals(3, e.result().exitCode());
    }

    @Test
    void aSilentFailureSaysTheToolPrintedNothing() {
        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner.runChecked("Linking", Command.of("FALSE", List.of("/bin/sh", "-c", "exit 1"))));

        assertTrue(e.getMessage().contains("exit code 1"), e.getMessage());
        assertTrue(e.getMessage().contains("The tool printed nothing."), e.getMessage());
    }

    @Test
    void runCheckedReturnsTheResultOfASuccess() {
        ProcessResult r = runner.runChecked("echo", sh("echo ok"));

        assertEquals("ok\n", r.stdout());
    }

    @Test
    void aCommandThatOutlivesItsTimeoutIsKilledWithItsChildren(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        Command c = sh("sleep 60 & echo $! > '" + pidFile + "'; wait").withTimeout(Duration.ofSeconds(3));

        long start = System.nanoTime();
        CommandTimedOutException e = assertThrows(CommandTimedOutException.class, () -> runner.run(c));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(e.getMessage().startsWith("SH timed out after 3 s (its own limit): the tool was still running."),
                e.getMessage());
        assertTrue(e.getMessage().contains("Command: " + c.display()), e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        long childPid = pidFrom(pidFile);
        assertFalse(stillRunningAfterGrace(childPid), "the child sleep " + childPid + " survived the timeout");
    }

    @Test
    void aHangingToolIsKilledAtTheCompileLimit(@TempDir Path dir) throws Exception {
        String sleep = uniqueSleep();
        Path tool = script(dir, "hang", "echo $$ > '" + dir.resolve("tool.pid") + "'\necho compiling >&2\n"
                + "exec sleep " + sleep);
        Command c = Command.of("CC helpers.bc", List.of(tool.toString(), "-c", "helpers.c"));

        CommandTimedOutException e = timesOutAtTheLimit(r -> r.runChecked("Compiling the helpers", c));

        String m = e.getMessage();
        assertTrue(e.toolWasRunning());
        assertTrue(m.startsWith("Compiling the helpers timed out after 4 s (kernelRust.compileTimeout): the tool was"
                + " still running. The plugin killed it."), m);
        assertTrue(m.contains("raise kernelRust.compileTimeout"), m);
        assertTrue(m.contains("\nCommand: " + c.display()), m);
        assertTrue(m.endsWith("Its output before it was killed:\ncompiling"), m);
        long pid = pidFrom(dir.resolve("tool.pid"));
        assertKilled(pid, sleep);
    }

    @Test
    void aToolThatExitsButLeavesABackgroundChildOnItsStdoutFailsAtTheLimit(@TempDir Path dir) throws Exception {
        String sleep = uniqueSleep();
        Path pidFile = dir.resolve("background.pid");
        Path tool = script(dir, "wrapper", "sleep " + sleep + " &\necho $! > '" + pidFile + "'\necho compiled\nexit 0");
        Command c = Command.of("CC helpers.bc", List.of(tool.toString()));

        CommandTimedOutException e = timesOutAtTheLimit(r -> r.run(c));

        long pid = pidFrom(pidFile);
        String m = e.getMessage();
        assertFalse(e.toolWasRunning());
        assertTrue(m.startsWith("CC helpers.bc timed out after 4 s (kernelRust.compileTimeout): the tool exited with"
                + " code 0, but a process it started kept its output (stdout or stderr) open. The plugin killed it: "
                + pid + " "), m);
        assertTrue(m.contains("sleep " + sleep + ". A tool, wrapper or launcher must not"), m);
        assertTrue(m.contains("\nCommand: " + c.display()), m);
        assertTrue(m.endsWith("\ncompiled"), m);
        assertKilled(pid, sleep);
    }

    @Test
    void aGrandchildHoldingTheOutputAfterItsParentExitedIsFoundAndKilled(@TempDir Path dir) throws Exception {
        String sleep = uniqueSleep();
        Path pidFile = dir.resolve("grandchild.pid");
        // the inner shell exits at once: its sleep is re-parented, and no descendants() of the tool sees it
        Path tool = script(dir, "launcher", "/bin/sh -c 'sleep " + sleep + " & echo $! > \"$1\"' inner '" + pidFile
                + "'\necho launched\nexit 0");
        Command c = Command.of("LAUNCH", List.of(tool.toString()));

        CommandTimedOutException e = timesOutAtTheLimit(r -> r.run(c));

        long pid = pidFrom(pidFile);
        assertFalse(e.toolWasRunning());
        assertTrue(e.getMessage().contains("The plugin killed it: " + pid + " "), e.getMessage());
        assertTrue(e.getMessage().contains("sleep " + sleep + ". A tool"), e.getMessage());
        assertTrue(e.getMessage().contains("Command: " + c.display()), e.getMessage());
        assertKilled(pid, sleep);
    }

    @Test
    void aGrandchildHoldingTheOutputIsKilledWhileTheToolStillRuns(@TempDir Path dir) throws Exception {
        String sleep = uniqueSleep();
        Path pidFile = dir.resolve("grandchild.pid");
        Path tool = script(dir, "launcher", "/bin/sh -c 'sleep " + sleep + " & echo $! > \"$1\"' inner '" + pidFile
                + "'\nexec sleep " + uniqueSleep());

        CommandTimedOutException e = timesOutAtTheLimit(r -> r.run(Command.of("LAUNCH", List.of(tool.toString()))));

        long pid = pidFrom(pidFile);
        assertTrue(e.toolWasRunning());
        assertTrue(e.getMessage().contains("The plugin killed it and the process it had started (" + pid + " "),
                e.getMessage());
        assertTrue(e.getMessage().contains("sleep " + sleep + ")."), e.getMessage());
        assertFalse(stillRunningAfterGrace(pid), "the grandchild sleep " + pid + " survived");
    }

    @Test
    void aBackgroundChildWithItsOutputRedirectedDoesNotHoldTheRunUp(@TempDir Path dir) throws Exception {
        String sleep = uniqueSleep();
        Path pidFile = dir.resolve("daemon.pid");
        Path tool = script(dir, "polite", "sleep " + sleep + " > /dev/null 2>&1 &\necho $! > '" + pidFile
                + "'\necho done");
        try {
            ProcessResult r = new ProcessRunner(LIMIT, LIMIT).run(Command.of("POLITE", List.of(tool.toString())));

            assertEquals("done\n", r.stdout());
            // not the run's to kill: the run is over, and a server a tool starts may be meant to stay
            assertTrue(running(pidFrom(pidFile)));
            assertEquals(List.of(pidFrom(pidFile)), sleepsRunning(sleep));
        } finally {
            ProcessHandle.of(pidFrom(pidFile)).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aQuickToolsOutputIsCapturedWholeOnBothPipes() {
        // 1.6 MB on each pipe at once, far more than a pipe buffer
        String line = "0123456789abcdefghijklmnopqrstuvwxyz.-_";
        ProcessResult r = new ProcessRunner(Duration.ofSeconds(60), LIMIT).run(sh(
                "yes " + line + " | head -n 40000 & yes " + line.toUpperCase() + " | head -n 40000 >&2 & wait"));

        assertEquals(0, r.exitCode());
        assertEquals((line + "\n").repeat(40000), r.stdout());
        assertEquals((line.toUpperCase() + "\n").repeat(40000), r.stderr());
    }

    @Test
    void aCommandsOwnTimeoutWinsOverTheRunnersLimit() {
        ProcessRunner runner = new ProcessRunner(Duration.ofMillis(300), Duration.ofMillis(300));

        ProcessResult r = runner.run(sh("sleep 1; echo slow but allowed").withTimeout(Duration.ofSeconds(60)));

        assertEquals("slow but allowed\n", r.stdout());
        assertEquals(Duration.ofMillis(300), runner.compileTimeout());
    }

    @Test
    void aProbeRunsUnderTheProbeLimitAndNamesIt() {
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(60), Duration.ofMillis(500));

        CommandTimedOutException e = assertThrows(CommandTimedOutException.class,
                () -> runner.probe(Command.of("PROBE clang", List.of("/bin/sh", "-c", "exec sleep 60"))));

        assertTrue(e.getMessage().startsWith("PROBE clang timed out after 0.5 s (kernelRust.probeTimeout)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("raise kernelRust.probeTimeout"), e.getMessage());
    }

    @Test
    void anInterruptedRunKillsTheToolAndKeepsTheInterrupt(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("tool.pid");
        Path tool = script(dir, "hang", "echo $$ > '" + pidFile + "'\nexec sleep " + uniqueSleep());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try {
                runner.run(Command.of("HANG", List.of(tool.toString())));
            } catch (Throwable e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        t.start();
        long pid = pidFrom(pidFile);

        t.interrupt();
        t.join(Duration.ofSeconds(30).toMillis());

        assertFalse(t.isAlive());
        assertTrue(thrown.get() instanceof KernelRustException, String.valueOf(thrown.get()));
        assertTrue(thrown.get().getMessage().startsWith("Interrupted while running " + tool), thrown.get().getMessage());
        assertTrue(stillInterrupted.get());
        assertFalse(stillRunningAfterGrace(pid), "the tool " + pid + " survived the interrupt");
    }

    @Test
    void theToolSeesTheRunCookieButTheCommandLineDoesNot() {
        Command c = sh("printf %s \"$KERNEL_RUST_RUN\"");

        ProcessResult r = runner.run(c);

        RunCookie cookie = RunCookie.parse(r.stdout()).orElseThrow(() -> new AssertionError(r.stdout()));
        assertEquals(ProcessHandle.current().pid(), cookie.ownerPid());
        assertTrue(cookie.ownerAlive());
        assertFalse(c.display().contains(r.stdout()), c.display());
        assertFalse(c.env().containsKey(RunCookie.VARIABLE));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessRunner(Duration.ZERO, LIMIT));
        assertThrows(IllegalArgumentException.class, () -> new ProcessRunner(LIMIT, Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> sh("true").withTimeout(Duration.ZERO));
    }

    /** The process {@code pid} and every {@code sleep SLEEP} are gone. */
    private static void assertKilled(long pid, String sleep) throws Exception {
        assertFalse(stillRunningAfterGrace(pid), pid + " survived");
        assertEquals(List.of(), sleepsRunning(sleep), "sleep " + sleep + " survived");
    }

    /**
     * The timeout {@code run} meets with a runner whose compile limit is {@link #LIMIT}, within that
     * limit plus a generous margin for a loaded machine: the run must not wait for any sleep.
     */
    private static CommandTimedOutException timesOutAtTheLimit(Consumer<ProcessRunner> run) {
        ProcessRunner limited = new ProcessRunner(LIMIT, ProcessRunner.DEFAULT_PROBE_TIMEOUT);
        long start = System.nanoTime();
        CommandTimedOutException e = assertThrows(CommandTimedOutException.class, () -> run.accept(limited));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(LIMIT) >= 0, "ended before the limit: " + took);
        assertTrue(took.compareTo(LIMIT.plusSeconds(25)) < 0, "took " + took);
        return e;
    }

    @Test
    void aMissingExecutableIsAKernelRustExceptionNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-tool");
        Command c = Command.of("X", List.of(missing.toString(), "--version"));

        KernelRustException e = assertThrows(KernelRustException.class, () -> runner.run(c));

        assertSame(KernelRustException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("Cannot run " + missing), e.getMessage());
    }
}
