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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a {@link Step} only when its command line or an input changed since its last successful
 * run (Kbuild's {@code if_changed_dep}), logs one short line per step at INFO and the full command
 * at DEBUG, and moves the outputs into place only when the command succeeded. On failure the
 * temporary files, the old outputs and the record are removed, so nothing stale looks finished.
 */
class StepRunner {
    private final ProcessRunner runner;
    private final BuildLog log;
    private final RecordPaths paths;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public StepRunner(ProcessRunner runner, BuildLog log) {
        this(runner, log, RecordPaths.NONE);
    }

    /** A runner whose records name the project's folders as {@code paths} folds them. */
    StepRunner(ProcessRunner runner, BuildLog log, RecordPaths paths) {
        this.runner = runner;
        this.log = log;
        this.paths = paths;
    }

    public ProcessRunner processRunner() {
        return runner;
    }

    /**
     * Whether the step is up to date (as {@link #run} would find it); when it is, its kept
     * warnings are shown again, as a run would.
     */
    boolean upToDate(Step step) {
        if (!isUpToDate(step, record(step, paths))) {
            return false;
        }
        Optional<String> damage = damagedOutput(step, paths);
        if (damage.isPresent()) {
            log.warn(damage.get() + ": it was damaged or changed outside the build. Rebuilding it ("
                    + step.command().label() + ").");
            return false;
        }
        log.debug("  up to date: " + step.command().label());
        replayWarnings(step);
        return true;
    }

    /** Runs the step if needed; returns the result, or null when it was up to date. */
    public ProcessResult run(Step step) {
        if (upToDate(step)) {
            return null;
        }
        log.info(step.command().label());
        log.debug("  " + step.command().display());
        ProcessResult result;
        try {
            result = runner.runChecked(step.what(), step.command());
            if (step.producer() != null) {
                step.producer().accept(result);
            }
            relativeDepFile(step);
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
            AtomicFiles.deleteQuietly(step.warningsFile());
            throw e;
        }
        List<String> warnings = new ArrayList<>();
        for (String w : Warnings.parse(result.stderr() + "\n" + result.stdout())) {
            if (step.expectedWarning().test(w)) {
                log.debug("  expected: " + w);
            } else {
                warnings.add(w);
            }
        }
        if (warnings.isEmpty()) {
            AtomicFiles.deleteQuietly(step.warningsFile());
        } else {
            AtomicFiles.write(step.warningsFile(), String.join(WARNING_SEPARATOR, warnings) + WARNING_SEPARATOR);
        }
        warnings.forEach(w -> warn(step, w));
        AtomicFiles.write(step.record(), record(step, paths) + outputLines(step, paths));
        return result;
    }

    /** Separates warnings in a {@link Step#warningsFile}: a line no compiler prints. */
    static final String WARNING_SEPARATOR = "\n\u001e\n";

    /** The warnings kept for a step that did not run this time: shown again, as cargo does, so none is lost. */
    private void replayWarnings(Step step) {
        readWarnings(step.warningsFile()).forEach(w -> warn(step, w));
    }

    /** The warnings a {@link Step#warningsFile} holds. */
    static List<String> readWarnings(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split(WARNING_SEPARATOR))
                    .filter(w -> !w.isBlank()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void warn(Step step, String warning) {
        // the same header warning reaches every variant and every crate: once per build is enough
        if (shown.add(warning)) {
            log.warn(step.command().label() + ": " + warning);
        }
    }

    private static final String OUTPUT = "out ";

    /** Whether the record holds this command line and these inputs, and every output exists. */
    private static boolean isUpToDate(Step step, String record) {
        try {
            Path file = step.record();
            return Files.isRegularFile(file) && step.outputs().stream().allMatch(Files::isRegularFile)
                    && inputPart(Files.readString(file, StandardCharsets.UTF_8)).equals(record);
        } catch (IOException e) {
            return false;
        }
    }

    /** The record without its output lines: the command line and the input hashes. */
    private static String inputPart(String record) {
        int out = record.startsWith(OUTPUT) ? 0 : record.indexOf("\n" + OUTPUT) + 1;
        return out <= 0 ? record : record.substring(0, out);
    }

    /**
     * The dependency file a C step wrote ({@code -MF FILE}, bindgen's {@code --depfile FILE}), with
     * the paths under the folder the tool ran in made relative to it, so it reads the same from any
     * checkout folder.
     */
    private static void relativeDepFile(Step step) {
        List<String> argv = step.command().argv();
        Path dir = step.command().workDir();
        // clang's -MF FILE, bindgen's --depfile FILE
        int mf = argv.contains("-MF") ? argv.indexOf("-MF") : argv.indexOf("--depfile");
        if (dir == null || mf < 0 || mf + 1 >= argv.size()) {
            return;
        }
        Path deps = dir.resolve(argv.get(mf + 1));
        try {
            if (Files.isRegularFile(deps)) {
                String text = Files.readString(deps, StandardCharsets.UTF_8);
                String relative = RecordPaths.relativeDeps(text, dir);
                if (!relative.equals(text)) {
                    AtomicFiles.write(deps, relative);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dependency file " + deps, e);
        }
    }

    /** One line per output: its size and SHA-256 when the step finished, so damage shows later. */
    private static String outputLines(Step step, RecordPaths paths) {
        StringBuilder sb = new StringBuilder();
        for (Path out : step.outputs()) {
            try {
                sb.append(OUTPUT).append(Files.size(out)).append(' ').append(hash(out)).append(' ')
                        .append(paths.fold(out.toString())).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sb.toString();
    }

    /**
     * An output that is no longer what the step wrote (truncated by a full disk, edited, swapped),
     * as "refcount.o is 120 bytes, recorded 1864", or empty when each matches its record. A
     * record from before outputs were recorded has no output lines and is trusted. {@code paths}
     * names the project's folders again in the output lines.
     */
    static Optional<String> damagedOutput(Step step, RecordPaths paths) {
        String record;
        try {
            record = Files.readString(step.record(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of(step.record() + " cannot be read");
        }
        for (String line : record.split("\n")) {
            if (!line.startsWith(OUTPUT)) {
                continue;
            }
            String[] f = line.split(" ", 4);
            if (f.length < 4) {
                return Optional.of(step.record() + " is damaged");
            }
            Path out = paths.unfold(f[3]);
            try {
                long size = Files.size(out);
                if (size != Long.parseLong(f[1])) {
                    return Optional.of(out + " is " + size + " bytes, recorded " + f[1]);
                }
                if (!hash(out).equals(f[2])) {
                    return Optional.of(out + " does not hash as recorded");
                }
            } catch (IOException | NumberFormatException e) {
                return Optional.of(out + " cannot be checked against its record (" + e.getMessage() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * The command line and a SHA-256 of every input, a missing input recorded as "missing"; the
     * project's folders named as {@code paths} folds them.
     */
    static String record(Step step, RecordPaths paths) {
        StringBuilder sb = new StringBuilder("cmd ").append(step.command().display()).append('\n');
        for (Path input : new TreeSet<>(step.inputs().get())) {
            sb.append(hash(input)).append(' ').append(input).append('\n');
        }
        return paths.fold(sb.toString());
    }

    private static String hash(Path file) {
        return FileHash.sha256OrMissing(file);
    }
}
