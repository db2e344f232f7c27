package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.CommandTimedOutException;
import io.github.kernelrust.core.process.ProcessResult;
import io.github.kernelrust.core.process.ProcessRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Asks a tool for its version. A tool that cannot run, or fails to answer, is broken, not missing. */
class ToolProbe {
    private final ProcessRunner runner;

    public ToolProbe(ProcessRunner runner) {
        this.runner = runner;
    }

    public Tool probe(ToolKind kind, Path path) {
        List<String> argv = new ArrayList<>();
        argv.add(path.toString());
        argv.addAll(kind.versionArgs());
        ProcessResult result;
        try {
            result = runner.probe(Command.of("PROBE " + path.getFileName(), argv));
        } catch (CommandTimedOutException e) {
            throw new KernelRustException(kind.command() + " at " + path + " did not answer in time: "
                    + e.getMessage() + "\nFix or reinstall it, or point kernelRust." + kind.parameter()
                    + " at a working one.", e);
        } catch (KernelRustException e) {
            throw new KernelRustException(kind.command() + " at " + path + " exists but cannot be run: "
                    + e.getMessage() + " Fix or reinstall it, or point kernelRust." + kind.parameter()
                    + " at a working one.", e);
        }
        if (!result.succeeded()) {
            String printed = result.printed().strip();
            throw new KernelRustException(kind.command() + " at " + path + " exists but is broken: `"
                    + result.command().display() + "` exited with " + result.exitCode()
                    + (printed.isEmpty() ? " and printed nothing" : ": " + printed)
                    + ". Fix or reinstall it, or point kernelRust." + kind.parameter() + " at a working one.");
        }
        String output = result.stdout() + result.stderr();
        String first = output.strip().lines().findFirst().orElse("");
        return new Tool(kind, path, first, kind.parseLlvm(output).orElse(null));
    }
}
