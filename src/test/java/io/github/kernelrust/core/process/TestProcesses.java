package io.github.kernelrust.core.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Small {@code /bin/sh} tools for the tests, and ways to see which of their processes still run. */
final class TestProcesses {
    private TestProcesses() {
    }

    /** An executable {@code dir/name} running {@code body} under /bin/sh. */
    static Path script(Path dir, String name, String body) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code sleep} argument of about 1000 s no other test and no other program uses. */
    static String uniqueSleep() {
        return "1000." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** The pid a tool wrote to {@code file}, waiting for it up to 10 s. */
    static long pidFrom(Path file) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < giveUp) {
            if (Files.isRegularFile(file)) {
                String s = Files.readString(file).strip();
                if (!s.isEmpty()) {
                    return Long.parseLong(s);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no pid in " + file);
    }

    /** Alive and not a zombie waiting for a parent that may never reap it (as in a container). */
    static boolean running(long pid) throws Exception {
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

    /** Whether {@code pid} still runs 10 s from now, looking often; false as soon as it is gone. */
    static boolean stillRunningAfterGrace(long pid) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (running(pid) && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        return running(pid);
    }

    /** The pids of running {@code sleep ARG} processes, read from /proc. */
    static List<Long> sleepsRunning(String arg) throws Exception {
        byte[] wanted = ("sleep\0" + arg + "\0").getBytes(StandardCharsets.US_ASCII);
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .matches("[0-9]+"))) {
            for (Path dir : dirs) {
                byte[] cmdline;
                try {
                    cmdline = Files.readAllBytes(dir.resolve("cmdline"));
                } catch (IOException gone) {
                    continue;
                }
                long pid = Long.parseLong(dir.getFileName().toString());
                if (java.util.Arrays.equals(cmdline, wanted) && running(pid)) {
                    pids.add(pid);
                }
            }
        }
        return pids;
    }
}
