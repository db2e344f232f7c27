package io.github.kernelrust.core.process;

import io.github.kernelrust.core.KernelRustException;
/**
 * A tool ran and failed. The message carries the command line, the exit code and the tool's own
 * diagnostics, which for a compiler name the file and line at fault.
 */
public class CommandFailedException extends KernelRustException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DIAGNOSTICS = 12_000;

    private final transient ProcessResult result;

    public CommandFailedException(String what, ProcessResult result) {
        super(describe(what, result));
        this.result = result;
    }

    public ProcessResult result() {
        return result;
    }

    private static String describe(String what, ProcessResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(" failed with exit code ").append(result.exitCode()).append(".\n");
        sb.append("Command: ").append(result.command().display()).append('\n');
        String diagnostics = result.printed().strip();
        if (diagnostics.isEmpty()) {
            sb.append("The tool printed nothing.");
        } else {
            if (diagnostics.length() > MAX_DIAGNOSTICS) {
                diagnostics = diagnostics.substring(0, MAX_DIAGNOSTICS) + "\n[... cut]";
            }
            sb.append(diagnostics);
        }
        return sb.toString();
    }
}
