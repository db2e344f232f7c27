package io.github.kernelrust.core.build;

import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessResult;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One build step in the Kbuild manner: a command that writes each output to its
 * {@link AtomicFiles#temporary temporary} name, the outputs it makes, and its inputs.
 * {@code inputs} is asked before the command runs (to see if anything changed) and again after
 * (a compiler's dep-info may have named new ones).
 *
 * @param what    what the step does, for errors ("Compiling the helpers")
 * @param command the command, writing {@code NAME.tmp} for each output {@code NAME}
 * @param outputs the finished outputs
 * @param inputs   the files whose contents decide whether the step must run again
 * @param producer        writes the outputs from the command's result, or null when the command writes them
 * @param expectedWarning the warnings that are known and harmless (logged at DEBUG, not WARN)
 */
record Step(String what, Command command, List<Path> outputs, Supplier<Collection<Path>> inputs,
        Consumer<ProcessResult> producer, Predicate<String> expectedWarning) {

    public Step {
        outputs = List.copyOf(outputs);
    }

    /** A step whose command writes its outputs itself. */
    Step(String what, Command command, List<Path> outputs, Supplier<Collection<Path>> inputs) {
        this(what, command, outputs, inputs, null, w -> false);
    }

    /**
     * A step whose outputs are made from what its command prints: {@code producer} writes each
     * output's temporary file from the result (the command itself writes none).
     */
    Step producing(Consumer<ProcessResult> writer) {
        return new Step(what, command, outputs, inputs, writer, expectedWarning);
    }

    /** The same step, with warnings that {@code expected} accepts logged at DEBUG instead of WARN. */
    Step expecting(Predicate<String> expected) {
        return new Step(what, command, outputs, inputs, producer, expected);
    }

    /** Where the warnings of the last successful run are kept, to be shown again while the step is up to date. */
    Path warningsFile() {
        return warningsOf(outputs.get(0));
    }

    /** Where the command line and input hashes of the last successful run are kept (Kbuild's .NAME.cmd). */
    public Path record() {
        return recordOf(outputs.get(0));
    }

    /** The record of the step whose first output is {@code output}: {@code .NAME.cmd} (a hidden output's {@code .NAME.cmd} too). */
    static Path recordOf(Path output) {
        return output.resolveSibling(hidden(output) + ".cmd");
    }

    /** The kept warnings of the step whose first output is {@code output}: {@code .NAME.warnings}. */
    static Path warningsOf(Path output) {
        return output.resolveSibling(hidden(output) + ".warnings");
    }

    private static String hidden(Path output) {
        String name = output.getFileName().toString();
        return name.startsWith(".") ? name : "." + name;
    }
}
