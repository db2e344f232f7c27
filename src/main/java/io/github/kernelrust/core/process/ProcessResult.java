package io.github.kernelrust.core.process;

/** What a finished command printed and how it exited. */
public record ProcessResult(Command command, int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Everything it printed, its diagnostics (stderr) first: what error messages quote and parsers read. */
    public String printed() {
        return stderr + stdout;
    }
}
