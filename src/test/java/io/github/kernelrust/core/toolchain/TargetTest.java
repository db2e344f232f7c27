package io.github.kernelrust.core.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessResult;
import io.github.kernelrust.core.process.ProcessRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void x86_64UsesTheLinuxGnuTriples() {
        Target t = Target.of("x86_64", null, null);

        assertEquals(new Target("x86_64", "x86_64-unknown-linux-gnu", "x86_64-linux-gnu"), t);
        assertFalse(t.bareMetal());
    }

    @Test
    void aarch64UsesTheBareMetalRustTriple() {
        Target t = Target.of("aarch64", null, null);

        assertEquals(new Target("aarch64", "aarch64-unknown-none", "aarch64-linux-gnu"), t);
        assertTrue(t.bareMetal());
    }

    @Test
    void triplesCanBeOverriddenOneAtATime() {
        assertEquals(new Target("x86_64", "x86_64-unknown-none", "x86_64-linux-gnu"),
                Target.of("x86_64", " x86_64-unknown-none ", ""));
        assertEquals(new Target("aarch64", "aarch64-unknown-none", "aarch64-unknown-linux-gnu"),
                Target.of("aarch64", null, "aarch64-unknown-linux-gnu"));
        assertTrue(Target.of("x86_64", "x86_64-unknown-none", null).bareMetal());
    }

    @Test
    void anUnsetTargetIsTheHost() {
        assertEquals(Target.of(Target.hostName(), null, null), Target.of(null, null, null));
        assertEquals(Target.of(Target.hostName(), null, null), Target.of("  ", null, null));
    }

    @Test
    void anUnknownTargetListsTheSupportedOnes() {
        KernelRustException e = assertThrows(KernelRustException.class, () -> Target.of("riscv64", null, null));

        assertTrue(e.getMessage().contains("'riscv64'"), e.getMessage());
        assertTrue(e.getMessage().contains("x86_64, aarch64"), e.getMessage());
    }

    @Test
    void aTripleIsNoSpecFile() {
        Target t = Target.of("aarch64", null, null);

        assertEquals(Optional.empty(), t.specFile());
        assertEquals("aarch64-unknown-none", t.rustTargetName());
        assertEquals(List.of("--target=aarch64-unknown-none"), t.rustcArgs());
    }

    @Test
    void aJsonRustTargetIsASpecFileThatNeedsUnstableOptions() {
        Target t = Target.of("aarch64", "/kernel/arch/aarch64-kernel.json", null);

        assertEquals(Optional.of(Path.of("/kernel/arch/aarch64-kernel.json")), t.specFile());
        assertEquals("aarch64-kernel", t.rustTargetName());
        assertEquals(List.of("--target=/kernel/arch/aarch64-kernel.json", "-Zunstable-options"), t.rustcArgs());
        assertEquals(Optional.of(Path.of("spec.json").toAbsolutePath()),
                Target.of("x86_64", "spec.json", null).specFile());
    }

    @Test
    void aSpecFileHasNoPrebuiltCoreAndRustcIsNotAsked() {
        ProcessRunner refusing = new ProcessRunner() {
            @Override
            public ProcessResult run(Command command) {
                throw new AssertionError("rustc was asked: " + command.display());
            }
        };
        Tool rustc = FakeTools.probed(ToolKind.RUSTC, "/usr/bin/rustc", "rustc-debian-1.96");

        assertFalse(new RustcLibraries(refusing).hasPrebuiltCore(rustc, Target.of("aarch64", "/k/aarch64-kernel.json",
                null)));
    }

    @Test
    void aRelativeSpecFileResolvesAgainstTheWorkingDirectoryAndATripleStaysATriple() {
        Target pasted = Target.of("x86_64", "./rust/target.json", null).resolvedAgainst(Path.of("/linux"));

        assertEquals("/linux/rust/target.json", pasted.rustTarget());
        assertEquals(Path.of("/linux/rust/target.json"), pasted.specFile().orElseThrow());
        Target triple = Target.of("x86_64", "x86_64-unknown-none", null);
        assertEquals(triple, triple.resolvedAgainst(Path.of("/linux")));
        Target absolute = Target.of("x86_64", "/k/t.json", null);
        assertEquals(absolute, absolute.resolvedAgainst(Path.of("/linux")));
    }
}
