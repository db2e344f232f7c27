package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A folder of built entries shared by the threads, processes and containers of one file system:
 * the {@code core} cache. An entry {@code NAME} is a folder that appears whole or not at all.
 * <ul>
 * <li>A reader that finds {@code NAME} intact uses it at once, without a lock.</li>
 * <li>Otherwise it takes the entry's lock: {@code NAME.lock} locked with {@link FileChannel#lock()}
 * (which excludes other processes) and a lock in this JVM (which excludes threads: file locks are
 * held per process). Under the lock it looks again, because the holder it waited for has usually
 * built the entry; if not, it builds into a fresh {@code NAME.tmp-RANDOM} folder, writes the
 * {@value #MARKER} marker (each file's size and SHA-256) and renames the folder to {@code NAME}.
 * A complete {@code NAME} that appeared meanwhile wins.</li>
 * <li>Intact means: the marker lists every file the caller needs and each file has the size and
 * SHA-256 it records. The hashes are compared once per JVM and entry; after that the files' sizes
 * and times are. A damaged entry is rebuilt under the lock, with one warning.</li>
 * <li>Under an entry's lock, any {@code NAME.tmp-*} is what a dead build left, and is removed;
 * so is another entry's whose lock can be taken at once.</li>
 * </ul>
 * Lock files stay; everything else may be deleted when no build runs.
 */
final class CoreCache {
    /** The file that makes a folder an entry: written last, before the rename. */
    static final String MARKER = "complete";
    private static final String MARKER_HEADER = "kernel-rust-maven-plugin cache entry, v1: sha256 size file";
    private static final String TEMPORARY = ".tmp-";
    private static final String ABSENT = "absent";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    /** Entries this JVM has hashed in full, with the sizes and times their files had then. */
    private static final Map<Path, String> VERIFIED = new ConcurrentHashMap<>();

    /** Fills an empty folder with an entry's files. */
    @FunctionalInterface
    interface Builder {
        void build(Path folder) throws IOException;
    }

    private final Path root;
    private final BuildLog log;

    CoreCache(Path root, BuildLog log) {
        this.root = root.toAbsolutePath().normalize();
        this.log = log;
    }

    /**
     * The intact entry {@code name}, holding at least {@code files}: found, or built by
     * {@code builder} (here or by whoever holds the entry's lock).
     */
    Path entry(String name, List<String> files, Builder builder) {
        Path dir = root.resolve(name);
        if (problem(dir, files) == null) {
            return dir;
        }
        Path lockFile = root.resolve(name + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        boolean noted = false;
        try {
            Files.createDirectories(root);
            if (!jvmLock.tryLock()) {
                noted = waiting(name, lockFile);
                jvmLock.lockInterruptibly();
            }
        } catch (IOException e) {
            throw unusable(dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KernelRustException("Interrupted while waiting for another build of " + dir, e);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lock(channel, name, lockFile, noted)) {
            String problem = problem(dir, files);
            if (problem == null) {
                return dir;
            }
            if (!problem.equals(ABSENT)) {
                log.warn("The core cache entry " + dir + " is damaged (" + problem + "); building it again.");
                discard(dir);
            }
            sweep(name);
            build(name, dir, files, builder);
            return dir;
        } catch (IOException e) {
            throw unusable(dir, e);
        } finally {
            jvmLock.unlock();
        }
    }

    private KernelRustException unusable(Path dir, IOException e) {
        return new KernelRustException("Cannot build the core cache entry " + dir + ": " + e + ". The cache folder "
                + root + " must be writable, on a file system with file locks (a local disk, NFSv4); set"
                + " kernelRust.coreCache to another folder otherwise.", e);
    }

    private void build(String name, Path dir, List<String> files, Builder builder) throws IOException {
        // not Files.createTempDirectory: its mode 700 would keep other users of a shared cache out
        Path tmp = root.resolve(name + TEMPORARY + Long.toHexString(RANDOM.nextLong()));
        Files.createDirectory(tmp);
        try {
            builder.build(tmp);
            seal(tmp, files);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                    throw raced;
                }
                // published meanwhile by a build that took no lock (a file system without working locks)
                if (problem(dir, files) == null) {
                    return;
                }
                discard(dir);
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            }
            // hashed once more, so that later readers in this JVM only compare sizes and times
            problem(dir, files);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Writes the marker; fails when the builder did not write a file the caller needs. */
    static void seal(Path folder, List<String> files) throws IOException {
        for (String f : files) {
            if (!Files.isRegularFile(folder.resolve(f))) {
                throw new KernelRustException("Building the cache entry " + folder + " did not write " + f + ".");
            }
        }
        StringBuilder marker = new StringBuilder(MARKER_HEADER).append('\n');
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                marker.append(FileHash.sha256(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(p.getFileName()).append('\n');
            }
        }
        Files.writeString(folder.resolve(MARKER), marker, StandardCharsets.UTF_8);
    }

    /** Why the entry cannot be used: null when it is intact, {@value #ABSENT} when there is none. */
    private static String problem(Path dir, List<String> files) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return ABSENT;
        }
        Path markerFile = dir.resolve(MARKER);
        String marker;
        try {
            marker = Files.readString(markerFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Files.isDirectory(dir) ? "it has no " + MARKER + " marker" : "it is not a folder";
        } catch (IOException e) {
            return "its " + MARKER + " marker cannot be read: " + e;
        }
        Map<String, String[]> listed = new LinkedHashMap<>();
        String[] lines = marker.split("\n");
        if (!lines[0].equals(MARKER_HEADER)) {
            return "its " + MARKER + " marker is not one this plugin writes";
        }
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(" ", 3);
            if (f.length != 3) {
                return "its " + MARKER + " marker is cut short";
            }
            listed.put(f[2], f);
        }
        for (String f : files) {
            if (!listed.containsKey(f)) {
                return "its " + MARKER + " marker does not list " + f;
            }
        }
        List<String> seen = new ArrayList<>(List.of(marker));
        for (String[] f : listed.values()) {
            Path file = dir.resolve(f[2]);
            try {
                long size = Files.size(file);
                if (size != Long.parseLong(f[1])) {
                    return f[2] + " has " + size + " bytes, the marker says " + f[1];
                }
                seen.add(size + " " + Files.getLastModifiedTime(file).toMillis() + " " + f[2]);
            } catch (NoSuchFileException e) {
                return f[2] + " is missing";
            } catch (IOException | NumberFormatException e) {
                return f[2] + " cannot be checked: " + e;
            }
        }
        String fingerprint = String.join("\n", seen);
        if (fingerprint.equals(VERIFIED.get(dir))) {
            return null;
        }
        for (String[] f : listed.values()) {
            if (!FileHash.sha256(dir.resolve(f[2])).equals(f[0])) {
                return f[2] + " does not have the SHA-256 the marker records";
            }
        }
        VERIFIED.put(dir, fingerprint);
        return null;
    }

    /** Removes temporary folders of dead builds: this entry's (its lock is ours) and others' whose lock is free. */
    private void sweep(String name) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(root, "*" + TEMPORARY + "*")) {
            for (Path tmp : found) {
                String file = tmp.getFileName().toString();
                String owner = file.substring(0, file.lastIndexOf(TEMPORARY));
                if (owner.equals(name)) {
                    deleteTree(tmp);
                } else {
                    whenFree(root.resolve(owner + ".lock"), () -> deleteTree(tmp));
                }
            }
        }
    }

    /** Runs {@code action} holding the lock, if nobody holds it now; without a lock file, never (not ours). */
    private static void whenFree(Path lockFile, Runnable action) {
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        if (!jvmLock.tryLock()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock != null) {
                action.run();
            }
        } catch (IOException | OverlappingFileLockException e) {
            // in use, or gone: leave it to the next build
        } finally {
            jvmLock.unlock();
        }
    }

    private FileLock lock(FileChannel channel, String name, Path lockFile, boolean noted) throws IOException {
        boolean told = noted;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
                if (!told) {
                    told = waiting(name, lockFile);
                }
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                // another copy of this class in this JVM (another plugin version) holds it: poll
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new KernelRustException("Interrupted while waiting for " + lockFile, ie);
                }
            }
        }
    }

    private boolean waiting(String name, Path lockFile) {
        log.info("Waiting for another build of " + name + " to finish (it holds " + lockFile + ")");
        return true;
    }

    /** Takes a damaged entry out of the way: renamed first, so no reader sees it half deleted. */
    private void discard(Path dir) throws IOException {
        Path aside = root.resolve(dir.getFileName() + TEMPORARY + "damaged-" + Long.toHexString(System.nanoTime()));
        try {
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            aside = dir;
        }
        VERIFIED.remove(dir);
        deleteTree(aside);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot remove the damaged entry " + dir);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is never taken for an entry; the next build sweeps it
        }
    }
}
