package io.github.kernelrust.core.process;

import io.github.kernelrust.core.KernelRustException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs external tools with {@link ProcessBuilder} and an argument list: no shell ever sees a
 * path, so a project directory holding {@code $(}, quotes or spaces is only a name. Output is
 * captured, and a command that outlives its timeout is killed.
 */
public class ProcessRunner {

    /** Runs the command and returns whatever happened; fails only if it could not start or timed out. */
    public ProcessResult run(Command command) {
        ProcessBuilder pb = new ProcessBuilder(command.argv());
        if (command.workDir() != null) {
            pb.directory(command.workDir().toFile());
        }
        pb.environment().putAll(command.env());
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new KernelRustException("Cannot run " + command.argv().get(0) + ": " + e.getMessage()
                    + "\nCommand: " + command.display(), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new KernelRustException("Timed out after " + command.timeout().toMillis() / 1000.0 + " s: "
                        + command.display());
            }
            return new ProcessResult(command, process.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new KernelRustException("Interrupted while running " + command.display(), e);
        } catch (IOException | ExecutionException e) {
            throw new KernelRustException("Cannot read the output of " + command.display() + ": " + e, e);
        }
    }

    /** Runs the command and throws {@link CommandFailedException} unless it exits 0. */
    public ProcessResult runChecked(String what, Command command) {
        ProcessResult result = run(command);
        if (!result.succeeded()) {
            throw new CommandFailedException(what, result);
        }
        return result;
    }

    /** Reads a stream on a thread of its own: a shared pool that is busy would let the tool block on a full pipe. */
    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                result.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            }
        }, "kernel-rust-output-reader");
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
