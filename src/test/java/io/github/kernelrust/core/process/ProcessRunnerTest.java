package io.github.kernelrust.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell here only makes test output; the runner itself never uses one. */
class ProcessRunnerTest {

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
                Map.of("KR_VALUE", "a b"), Command.DEFAULT_TIMEOUT);

        ProcessResult r = runner.run(c);

        assertEquals("a b:" + dir.toRealPath() + "\n", r.stdout());
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
        Command c = sh("sleep 60 & echo $! > '" + pidFile + "'; wait").withTimeout(Duration.ofMillis(1500));

        long start = System.nanoTime();
        KernelRustException e = assertThrows(KernelRustException.class, () -> runner.run(c));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(e.getMessage().startsWith("Timed out after"), e.getMessage());
        assertTrue(e.getMessage().contains(c.display()), e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        long childPid = Long.parseLong(Files.readString(pidFile).strip());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (running(childPid) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(running(childPid), "the child sleep " + childPid + " survived the timeout");
    }

    /** Alive and not a zombie waiting for a parent that may never reap it (as in a container). */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.exists(stat)) {
            try {
                String s = Files.readString(stat);
                char state = s.charAt(s.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (NoSuchFileException gone) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
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
