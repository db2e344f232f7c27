package io.github.kernelrust.core.process;

import java.util.List;

/** A JVM that runs a hanging tool through a {@link ProcessRunner}, for the tests that end that JVM. */
final class RunsAHangingTool {
    private RunsAHangingTool() {
    }

    public static void main(String[] args) {
        new ProcessRunner().run(Command.of("HANG", List.of(args[0])));
    }
}
