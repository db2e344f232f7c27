package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.ProcessResult;
import io.github.kernelrust.core.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Runs a {@link Step} only when its command line or an input changed since its last successful
 * run (Kbuild's {@code if_changed_dep}), logs one short line per step at INFO and the full command
 * at DEBUG, and moves the outputs into place only when the command succeeded. On failure the
 * temporary files, the old outputs and the record are removed, so nothing stale looks finished.
 */
class StepRunner {
    private final ProcessRunner runner;
    private final BuildLog log;

    public StepRunner(ProcessRunner runner, BuildLog log) {
        this.runner = runner;
        this.log = log;
    }

    public ProcessRunner processRunner() {
        return runner;
    }

    /** Runs the step if needed; returns the result, or null when it was up to date. */
    public ProcessResult run(Step step) {
        String before = record(step);
        if (isUpToDate(step, before)) {
            log.debug("  up to date: " + step.command().label());
            return null;
        }
        log.info(step.command().label());
        log.debug("  " + step.command().display());
        ProcessResult result;
        try {
            result = runner.runChecked(step.what(), step.command());
            for (Path out : step.outputs()) {
                Path tmp = AtomicFiles.temporary(out);
                if (!Files.isRegularFile(tmp)) {
                    throw new KernelRustException(step.what() + " succeeded but did not write " + tmp
                            + ".\nCommand: " + step.command().display());
                }
                AtomicFiles.commit(tmp, out);
            }
        } catch (RuntimeException e) {
            for (Path out : step.outputs()) {
                AtomicFiles.deleteQuietly(AtomicFiles.temporary(out));
                AtomicFiles.deleteQuietly(out);
            }
            AtomicFiles.deleteQuietly(step.record());
            throw e;
        }
        AtomicFiles.write(step.record(), record(step));
        return result;
    }

    private static boolean isUpToDate(Step step, String record) {
        try {
            Path file = step.record();
            return Files.isRegularFile(file) && step.outputs().stream().allMatch(Files::isRegularFile)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(record);
        } catch (IOException e) {
            return false;
        }
    }

    /** The command line and a SHA-256 of every input; a missing input records as "missing". */
    static String record(Step step) {
        StringBuilder sb = new StringBuilder("cmd ").append(step.command().display()).append('\n');
        for (Path input : new TreeSet<>(step.inputs().get())) {
            sb.append(hash(input)).append(' ').append(input).append('\n');
        }
        return sb.toString();
    }

    private static String hash(Path file) {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
