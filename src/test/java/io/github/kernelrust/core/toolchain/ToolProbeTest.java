package io.github.kernelrust.core.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolProbeTest {

    @TempDir
    Path bin;

    @Test
    void aBrokenToolThatPrintedNothingSaysSo() {
        Path clang = FakeTools.failing(bin, "clang", "", 1);

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> new ToolProbe(new ProcessRunner()).probe(ToolKind.CLANG, clang));

        assertEquals("clang at " + clang + " exists but is broken: `" + clang + " --version` exited with 1 and printed"
                + " nothing. Fix or reinstall it, or point kernelRust.clang at a working one.", e.getMessage());
    }

    @Test
    void aBrokenToolThatPrintedSomethingQuotesIt() {
        Path clang = FakeTools.failing(bin, "clang", "clang: error while loading shared libraries", 127);

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> new ToolProbe(new ProcessRunner()).probe(ToolKind.CLANG, clang));

        assertTrue(e.getMessage().contains("exited with 127: clang: error while loading shared libraries. Fix"),
                e.getMessage());
    }

    @Test
    void aToolThatDoesNotAnswerWithinTheProbeLimitIsKilledAndNamed() throws IOException {
        Path clang = bin.resolve("clang");
        Files.writeString(clang, "#!/bin/sh\nexec sleep 60\n");
        Files.setPosixFilePermissions(clang, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(600), Duration.ofSeconds(1));

        long start = System.nanoTime();
        KernelRustException e = assertThrows(KernelRustException.class,
                () -> new ToolProbe(runner).probe(ToolKind.CLANG, clang));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        String m = e.getMessage();
        assertTrue(m.startsWith("clang at " + clang + " did not answer in time: PROBE clang timed out after 1 s"
                + " (kernelRust.probeTimeout): the tool was still running."), m);
        assertTrue(m.contains("Command: " + clang + " --version"), m);
        assertTrue(m.endsWith("point kernelRust.clang at a working one."), m);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
    }
}
