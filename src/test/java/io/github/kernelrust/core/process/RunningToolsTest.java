package io.github.kernelrust.core.process;

import static io.github.kernelrust.core.process.TestProcesses.pidFrom;
import static io.github.kernelrust.core.process.TestProcesses.running;
import static io.github.kernelrust.core.process.TestProcesses.script;
import static io.github.kernelrust.core.process.TestProcesses.stillRunningAfterGrace;
import static io.github.kernelrust.core.process.TestProcesses.uniqueSleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens to tools when the JVM that runs them ends, cleanly or by SIGKILL. */
class RunningToolsTest {

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatTheTestStarted() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void sigtermToTheJvmKillsTheToolsItRuns(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("sleep.pid");
        Path tool = script(dir, "hang", "sleep " + uniqueSleep() + " &\necho $! > '" + pidFile + "'\nwait");
        Process jvm = jvm(dir, tool, dir.resolve("tmp"));
        long sleep = pidFrom(pidFile);

        jvm.destroy();

        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "the JVM did not end");
        assertFalse(stillRunningAfterGrace(sleep), "the tool's sleep " + sleep + " outlived its JVM");
    }

    @Test
    void toolsThatAJvmKilledBySigkillLeftAreKilledByTheNextSweep(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("sleep.pid");
        Path tool = script(dir, "hang", "echo $$ > '" + dir.resolve("tool.pid") + "'\nsleep " + uniqueSleep()
                + " &\necho $! > '" + pidFile + "'\nwait");
        Path tmp = dir.resolve("tmp");
        Process jvm = jvm(dir, tool, tmp);
        long sleep = pidFrom(pidFile);
        long shell = pidFrom(dir.resolve("tool.pid"));

        jvm.destroyForcibly();
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "the JVM did not end");
        // no hook ran: this is what the sweep is for
        assertTrue(running(sleep), "the sleep died with its JVM; nothing left to sweep");

        RunningTools next = new RunningTools(RunningTools.markersUnder(tmp.toString()));
        List<String> killed = next.sweepOrphans();

        assertFalse(stillRunningAfterGrace(sleep), "the sweep left the sleep " + sleep + " running");
        assertFalse(stillRunningAfterGrace(shell), "the sweep left the tool " + shell + " running");
        assertTrue(killed.stream().anyMatch(k -> k.startsWith(sleep + " ")), killed.toString());
        try (Stream<Path> markers = Files.list(RunningTools.markersUnder(tmp.toString()))) {
            assertEquals(List.of(), markers.toList());
        }
    }

    @Test
    void theSweepSparesRunsOfLiveJvmsAndProcessesWithoutAMarker(@TempDir Path dir) throws Exception {
        Path markers = RunningTools.markersUnder(dir.toString());
        RunningTools tools = new RunningTools(markers);
        RunCookie live = RunCookie.create();
        RunCookie deadButFinished = deadOwner();
        tools.starting(live);
        long ofLive = sleepCarrying(live);
        long daemon = sleepCarrying(deadButFinished);

        List<String> killed = tools.sweepOrphans();

        assertEquals(List.of(), killed);
        assertTrue(running(ofLive), "the sweep killed a tool of a live JVM");
        assertTrue(running(daemon), "the sweep killed a process whose run had finished");
        assertTrue(Files.exists(markers.resolve(live.value())));
    }

    @Test
    void aMarkerOfADeadJvmIsSweptAndForgotten(@TempDir Path dir) throws Exception {
        Path markers = RunningTools.markersUnder(dir.toString());
        RunningTools tools = new RunningTools(markers);
        RunCookie dead = deadOwner();
        tools.starting(dead);
        long orphan = sleepCarrying(dead);

        List<String> killed = tools.sweepOrphans();

        assertEquals(1, killed.size(), killed.toString());
        assertTrue(killed.get(0).startsWith(orphan + " "), killed.toString());
        assertFalse(stillRunningAfterGrace(orphan));
        assertFalse(Files.exists(markers.resolve(dead.value())));
    }

    @Test
    void aMarkerFromAnotherPidNamespaceIsLeftAlone(@TempDir Path dir) throws Exception {
        Path markers = RunningTools.markersUnder(dir.toString());
        RunningTools tools = new RunningTools(markers);
        // a run of a JVM in another container: its owner pid names some other process here, or none
        RunCookie foreign = deadOwner();
        Files.writeString(markers.resolve(foreign.value()), "pid:[1]");
        long itsTool = sleepCarrying(foreign);

        List<String> killed = tools.sweepOrphans();

        assertEquals(List.of(), killed);
        assertTrue(running(itsTool), "the sweep killed a tool of a build in another PID namespace");
        assertTrue(Files.exists(markers.resolve(foreign.value())));
    }

    @Test
    void aFinishedRunLeavesNoMarker(@TempDir Path dir) throws Exception {
        Path markers = RunningTools.markersUnder(dir.toString());
        RunningTools tools = new RunningTools(markers);
        RunCookie cookie = RunCookie.create();

        tools.starting(cookie);
        assertTrue(Files.exists(markers.resolve(cookie.value())));
        tools.finished(cookie);

        assertFalse(Files.exists(markers.resolve(cookie.value())));
    }

    @Test
    void theMarkerDirectoryIsPrivate(@TempDir Path dir) throws Exception {
        Path markers = RunningTools.markersUnder(dir.toString());

        assertNotNull(markers);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(markers.getParent())));
    }

    @Test
    void aCookieOwnerIsGoneWhenItsPidIsFreeOrHeldByALaterProcess() throws Exception {
        RunCookie self = RunCookie.create();

        assertTrue(self.ownerAlive());
        assertFalse(deadOwner().ownerAlive());
        // this JVM's pid, but a start time an hour earlier: a reused pid
        assertFalse(new RunCookie(self.ownerPid(), self.ownerStartMillis() - 3_600_000, UUID.randomUUID()).ownerAlive());
    }

    @Test
    void aCookieReadsBackFromItsValueAndNothingElseParses() {
        RunCookie c = RunCookie.create();

        assertEquals(c, RunCookie.parse(c.value()).orElseThrow());
        assertTrue(RunCookie.parse("12-34").isEmpty());
        assertTrue(RunCookie.parse("x-34-" + UUID.randomUUID()).isEmpty());
        assertTrue(RunCookie.parse("12-34-not-a-uuid").isEmpty());
    }

    @Test
    void anEnvironmentEntryMatchesOnlyWhole() {
        byte[] entry = "KERNEL_RUST_RUN=1-2-x".getBytes(StandardCharsets.US_ASCII);

        assertTrue(ProcessTree.hasEntry(env("A=1", "KERNEL_RUST_RUN=1-2-x", "B=2"), entry));
        assertTrue(ProcessTree.hasEntry(env("KERNEL_RUST_RUN=1-2-x"), entry));
        assertFalse(ProcessTree.hasEntry(env("KERNEL_RUST_RUN=1-2-xy"), entry));
        assertFalse(ProcessTree.hasEntry(env("XKERNEL_RUST_RUN=1-2-x"), entry));
        assertFalse(ProcessTree.hasEntry(env("A=KERNEL_RUST_RUN=1-2-x"), entry));
        assertFalse(ProcessTree.hasEntry(new byte[0], entry));
    }

    private static byte[] env(String... entries) {
        return (String.join("\0", entries) + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    /** A cookie whose owner has exited: a process this test started and reaped. */
    private static RunCookie deadOwner() throws Exception {
        Process p = new ProcessBuilder("sleep", "0.2").start();
        long start = p.toHandle().info().startInstant().orElseThrow().toEpochMilli();
        assertEquals(0, p.waitFor());
        return new RunCookie(p.pid(), start, UUID.randomUUID());
    }

    private long sleepCarrying(RunCookie cookie) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sleep", uniqueSleep()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(RunCookie.VARIABLE, cookie.value());
        Process p = pb.start();
        started.add(p);
        return p.pid();
    }

    /** A JVM running {@code tool} through a ProcessRunner, with its own temporary directory. */
    private Process jvm(Path dir, Path tool, Path tmp) throws IOException {
        Files.createDirectories(tmp);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                RunsAHangingTool.class.getName(), tool.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("jvm.log").toFile()).start();
        started.add(p);
        return p;
    }
}
