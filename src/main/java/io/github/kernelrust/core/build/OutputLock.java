package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build at a time in an output folder. Two builds of one project at once (two terminals, an
 * IDE and a shell) would otherwise interleave their steps over the same files and fail at random,
 * or worse, mix their outputs. Each goal holds {@code outputDirectory/.kernel-rust.lock} while it
 * works: a file lock for other processes and containers on the same file system, and an in-JVM
 * lock for other threads (file locks belong to the whole JVM). A second build waits, saying so
 * and naming the holder, and gives up after a limit with a paragraph that says what to do.
 */
public final class OutputLock implements AutoCloseable {
    static final String FILE_NAME = ".kernel-rust.lock";
    private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private OutputLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the folder, waiting up to {@code limit} for another build to let go of it.
     *
     * @throws KernelRustException when the folder is a file, or another build still holds it after the limit
     */
    public static OutputLock acquire(Path folder, Duration limit, BuildLog log) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new KernelRustException("The output directory " + folder + " is a file, not a folder. Remove it, or"
                    + " point kernelRust.outputDirectory somewhere else.");
        }
        Path file = folder.resolve(FILE_NAME);
        Instant deadline = Instant.now().plus(limit);
        ReentrantLock threadLock = IN_JVM.computeIfAbsent(folder.toAbsolutePath().normalize(), k -> new ReentrantLock());
        try {
            if (!threadLock.tryLock()) {
                log.info("Waiting for another build in this JVM that holds " + folder + " ...");
                if (!threadLock.tryLock(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy(folder, "another build in this JVM", limit);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KernelRustException("Interrupted while waiting for the output directory " + folder + ".", e);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(file);
                log.info("Waiting for another build that holds " + folder + " (" + holder + ") ...");
                lock = waitFor(channel, deadline);
                if (lock == null) {
                    throw busy(folder, holder, limit);
                }
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(threadLock, channel, lock);
        } catch (IOException e) {
            close(channel);
            threadLock.unlock();
            throw new UncheckedIOException("cannot lock the output directory " + folder, e);
        } catch (RuntimeException e) {
            close(channel);
            threadLock.unlock();
            throw e;
        }
    }

    /** Waits for the file lock without polling: a blocking lock() on a thread that the deadline closes. */
    private static FileLock waitFor(FileChannel channel, Instant deadline) throws IOException {
        var waiter = new java.util.concurrent.CompletableFuture<FileLock>();
        Thread t = new Thread(() -> {
            try {
                waiter.complete(channel.lock());
            } catch (IOException | RuntimeException e) {
                waiter.completeExceptionally(e);
            }
        }, "kernel-rust-output-lock");
        t.setDaemon(true);
        t.start();
        try {
            long ms = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            return waiter.get(ms, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            channel.close(); // ends the blocked lock() with AsynchronousCloseException
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "a build that has just started" : s;
        } catch (IOException e) {
            return "a build";
        }
    }

    private static KernelRustException busy(Path folder, String holder, Duration limit) {
        return new KernelRustException("Another build holds the output directory " + folder + " (" + holder
                + ") and did not let go within " + limit.toSeconds() + " s. Two builds of one folder at once would mix"
                + " their outputs. Wait for it to finish, or build into another folder (-DkernelRust.outputDirectory=...).");
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
        }
    }

    @Override
    public void close() {
        try {
            // who held it is said while it is held; once free the file is empty, the same after every build
            channel.truncate(0);
        } catch (IOException ignored) {
            // a stale holder line only shows in the next wait message
        }
        try {
            fileLock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
        threadLock.unlock();
    }
}
