package io.github.kernelrust.core.build;

import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
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
 * @param inputs  the files whose contents decide whether the step must run again
 */
record Step(String what, Command command, List<Path> outputs, Supplier<Collection<Path>> inputs) {

    public Step {
        outputs = List.copyOf(outputs);
    }

    /** Where the command line and input hashes of the last successful run are kept (Kbuild's .NAME.cmd). */
    public Path record() {
        Path first = outputs.get(0);
        return first.resolveSibling("." + first.getFileName() + ".cmd");
    }
}
