package io.github.kernelrust.core.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The tools this JVM is running, so that none outlives it. A shutdown hook (SIGTERM to Maven,
 * Ctrl-C, {@code System.exit}) kills their trees. A JVM killed with SIGKILL runs no hook, so each
 * running tool also has a marker file, named after its {@link RunCookie}, that exists only while
 * the tool runs; {@link #sweepOrphans()} kills the trees of markers whose owner JVM is gone. A
 * daemon that a finished tool left behind on purpose (a compiler server) has no marker and is
 * never swept.
 */
final class RunningTools {
    private static final RunningTools INSTANCE = new RunningTools(markersUnder(System.getProperty("java.io.tmpdir")));
    /**
     * What each marker holds: this JVM's PID namespace ({@code pid:[4026531836]}), or "" where it
     * cannot be read. A pid means nothing in another namespace: two containers, or two
     * {@code unshare --pid} builds, that share TMPDIR must not judge (and kill) each other's runs.
     */
    static final String PID_NAMESPACE = pidNamespace();

    private final Path markers;
    /** Each run from just before its tool starts; until the tool has a handle, its tree is found by cookie alone. */
    private final Map<RunCookie, ProcessTree> running = new ConcurrentHashMap<>();
    private final AtomicBoolean hookRegistered = new AtomicBoolean();

    /** {@code markers} is null where no private directory can be had: then there is no sweep. */
    RunningTools(Path markers) {
        this.markers = markers;
    }

    static RunningTools instance() {
        return INSTANCE;
    }

    /** Marks a run before its tool starts, so that no moment exists when it runs unmarked. */
    void starting(RunCookie cookie) {
        registerHookOnce();
        running.put(cookie, new ProcessTree(null, cookie));
        if (markers != null) {
            try {
                Files.writeString(markers.resolve(cookie.value()), PID_NAMESPACE);
            } catch (IOException e) {
                // the sweep is a safety net; a run without it still has the hook
            }
        }
    }

    void started(ProcessTree tree) {
        running.put(tree.cookie(), tree);
    }

    /** The run is over (its tree killed or its tool and output done): no hook or sweep touches it. */
    void finished(RunCookie cookie) {
        running.remove(cookie);
        if (markers != null) {
            try {
                Files.deleteIfExists(markers.resolve(cookie.value()));
            } catch (IOException e) {
                // a marker left behind names this JVM, which a sweep sees alive or gone, never wrongly
            }
        }
    }

    /** Kills the tree of every tool still running; the shutdown hook's work. */
    void killAll() {
        for (ProcessTree tree : List.copyOf(running.values())) {
            tree.kill();
            finished(tree.cookie());
        }
    }

    /**
     * Kills what the runs of JVMs that are gone left running, and forgets those runs. Returns the
     * processes killed ("PID COMMAND"). Only processes of this user can be found, and only those
     * carrying the cookie of an unfinished run of a dead JVM.
     */
    List<String> sweepOrphans() {
        List<String> killed = new ArrayList<>();
        if (markers == null) {
            return killed;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(markers)) {
            for (Path file : files) {
                Optional<RunCookie> cookie = RunCookie.parse(file.getFileName().toString());
                if (cookie.isPresent() && Files.readString(file).equals(PID_NAMESPACE) && !cookie.get().ownerAlive()) {
                    killed.addAll(new ProcessTree(null, cookie.get()).kill().all());
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | SecurityException e) {
            // best effort: a later build sweeps again
        }
        return killed;
    }

    private static String pidNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "";
        }
    }

    private void registerHookOnce() {
        if (hookRegistered.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(this::killAll, "kernel-rust-kill-tools"));
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already ending; its hooks have run
            }
        }
    }

    /**
     * {@code TMPDIR/kernel-rust-maven-plugin-USER/running}, private to the user: a reboot clears it,
     * as it ends every process it could name. Null when it cannot be made private.
     */
    static Path markersUnder(String tmpDir) {
        if (tmpDir == null) {
            return null;
        }
        try {
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            Path base = Path.of(tmpDir, "kernel-rust-maven-plugin-" + user);
            if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(base);
            }
            if (Files.isSymbolicLink(base) || !Files.getOwner(base, LinkOption.NOFOLLOW_LINKS).getName()
                    .equals(System.getProperty("user.name"))) {
                return null;
            }
            try {
                Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // a non-POSIX file system has no other users' bits to clear
            }
            return Files.createDirectories(base.resolve("running"));
        } catch (IOException | SecurityException | InvalidPathException e) {
            return null;
        }
    }
}
