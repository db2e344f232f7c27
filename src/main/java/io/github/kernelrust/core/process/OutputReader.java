package io.github.kernelrust.core.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Reads one output stream of a tool to its end, on a thread of its own: a shared pool that is busy
 * would let the tool block on a full pipe.
 *
 * <p>The output ends when every process holding the pipe has closed it, which may be long after
 * the tool exited when a process it started kept it (a wrapper's background child). When the tool
 * exits, the JDK takes the stream's lock to close the pipe and keep only what is buffered; between
 * two reads, that would end the output early and hide the process still holding it. So the reader
 * holds the lock from its start to the end of the output. If the tool had already exited when the
 * reader got the lock, the JDK may have closed the pipe first: {@link #startedBeforeExit()} is false,
 * and whether a process still holds the output must be asked of the process tree.
 */
final class OutputReader extends Thread {
    private final InputStream stream;
    private final Process process;
    private final CompletableFuture<String> text = new CompletableFuture<>();
    private volatile boolean startedBeforeExit;

    private OutputReader(InputStream stream, Process process) {
        super("kernel-rust-output-reader");
        this.stream = stream;
        this.process = process;
        setDaemon(true);
    }

    static OutputReader start(InputStream stream, Process process) {
        OutputReader reader = new OutputReader(stream, process);
        reader.start();
        return reader;
    }

    /** Completes with everything read once the output ended. */
    CompletableFuture<String> text() {
        return text;
    }

    /** Whether the reader held the stream before the tool exited, so that its end is the pipe's real end. */
    boolean startedBeforeExit() {
        return startedBeforeExit;
    }

    @Override
    public void run() {
        synchronized (stream) {
            // the JDK marks the exit before it closes the pipe, and cannot close it while this lock is held
            startedBeforeExit = process.isAlive();
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                text.completeExceptionally(e);
            }
        }
    }
}
