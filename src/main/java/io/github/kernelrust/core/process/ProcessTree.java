package io.github.kernelrust.core.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every process one started tool made: the tool, its children, and the children that outlived it
 * and were re-parented. {@link ProcessHandle#descendants()} loses those, so the tree is also every
 * process whose environment carries the run's {@link RunCookie}, read from {@code /proc/PID/environ}.
 * Where {@code /proc} cannot be read, the tree is the tool and its descendants only.
 */
final class ProcessTree {
    private static final Path PROC = Path.of("/proc");
    /** A tree that is still forking gets this long before the rest counts as surviving. */
    private static final Duration KILL_PATIENCE = Duration.ofSeconds(5);

    /**
     * What {@link #kill()} did, each process as "PID COMMAND": the tool (null when it had exited), the
     * other processes killed, and those still running when the plugin gave up.
     */
    record Killed(String tool, List<String> others, List<String> survivors) {
        List<String> all() {
            List<String> all = new ArrayList<>();
            if (tool != null) {
                all.add(tool);
            }
            all.addAll(others);
            return all;
        }
    }

    private final ProcessHandle root;
    private final RunCookie cookie;

    /** {@code root} is null for a tree whose tool is long gone (a run a killed JVM left behind). */
    ProcessTree(ProcessHandle root, RunCookie cookie) {
        this.root = root;
        this.cookie = cookie;
    }

    RunCookie cookie() {
        return cookie;
    }

    /**
     * Kills (SIGKILL) every process of the tree, the tool first so that it starts no more, and looks
     * again until none is left: a process may have forked while the others were being killed.
     */
    Killed kill() {
        String tool = null;
        Map<Long, String> others = new LinkedHashMap<>();
        long giveUp = System.nanoTime() + KILL_PATIENCE.toNanos();
        boolean interrupted = false;
        List<ProcessHandle> live = members();
        while (!live.isEmpty() && System.nanoTime() < giveUp) {
            for (ProcessHandle h : live) {
                // described before it dies: a dead process has no command line left to read
                if (root != null && h.pid() == root.pid()) {
                    tool = tool == null ? describe(h) : tool;
                } else {
                    others.putIfAbsent(h.pid(), describe(h));
                }
                h.destroyForcibly();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            live = members();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Killed(tool, List.copyOf(others.values()), live.stream().map(ProcessTree::describe).toList());
    }

    /**
     * The tree's processes that still run and write to a pipe (their stdout or stderr), as the tool's
     * output would be: a background process that redirected its output elsewhere holds nothing. For
     * a tool whose pipes the JDK closed before they were read (see {@link OutputReader}).
     */
    List<ProcessHandle> writingToAPipe() {
        return members().stream().filter(h -> h.pid() != root.pid()).filter(h -> isPipe(h, 1) || isPipe(h, 2))
                .toList();
    }

    private static boolean isPipe(ProcessHandle h, int fd) {
        try {
            return Files.readSymbolicLink(PROC.resolve(Long.toString(h.pid())).resolve("fd").resolve(Integer.toString(fd)))
                    .toString().startsWith("pipe:");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The tree's processes that still run, the tool first. */
    private List<ProcessHandle> members() {
        Map<Long, ProcessHandle> found = new LinkedHashMap<>();
        if (root != null) {
            found.put(root.pid(), root);
        }
        carrying(cookie).forEach(h -> found.putIfAbsent(h.pid(), h));
        // a process that started its children with a new environment still has them as descendants
        for (ProcessHandle h : List.copyOf(found.values())) {
            h.descendants().forEach(d -> found.putIfAbsent(d.pid(), d));
        }
        found.remove(ProcessHandle.current().pid());
        return found.values().stream().filter(ProcessTree::running).toList();
    }

    /**
     * The processes whose environment holds {@code KERNEL_RUST_RUN=VALUE}. A match is read again
     * after its handle is taken: killing through the handle checks the start time, so a pid reused
     * in between is never hit.
     */
    static List<ProcessHandle> carrying(RunCookie cookie) {
        byte[] entry = (RunCookie.VARIABLE + "=" + cookie.value()).getBytes(StandardCharsets.US_ASCII);
        List<ProcessHandle> result = new ArrayList<>();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(PROC, p -> isPid(p.getFileName().toString()))) {
            for (Path dir : pids) {
                Path environ = dir.resolve("environ");
                if (!hasEntry(readQuietly(environ), entry)) {
                    continue;
                }
                Optional<ProcessHandle> h = ProcessHandle.of(Long.parseLong(dir.getFileName().toString()));
                if (h.isPresent() && hasEntry(readQuietly(environ), entry)) {
                    result.add(h.get());
                }
            }
        } catch (IOException | SecurityException e) {
            // no /proc (not Linux) or not readable: descendants() is all we have
        }
        return result;
    }

    /** Whether {@code environ} (NUL-separated entries) holds {@code entry} as one whole entry. */
    static boolean hasEntry(byte[] environ, byte[] entry) {
        int start = 0;
        while (start < environ.length) {
            int end = start;
            while (end < environ.length && environ[end] != 0) {
                end++;
            }
            if (end - start == entry.length && java.util.Arrays.equals(environ, start, end, entry, 0, entry.length)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Alive and not a zombie: a killed orphan may wait for a parent that never reaps it. */
    static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        byte[] stat = readQuietly(PROC.resolve(Long.toString(h.pid())).resolve("stat"));
        String s = new String(stat, StandardCharsets.US_ASCII);
        int close = s.lastIndexOf(')');
        if (close < 0 || close + 2 >= s.length()) {
            return h.isAlive();
        }
        char state = s.charAt(close + 2);
        return state != 'Z' && state != 'X';
    }

    /** "PID COMMAND LINE", for the error message. */
    static String describe(ProcessHandle h) {
        ProcessHandle.Info info = h.info();
        String what = info.commandLine().or(info::command).orElse("(command unknown)");
        return h.pid() + " " + what;
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new byte[0];
        }
    }
}
