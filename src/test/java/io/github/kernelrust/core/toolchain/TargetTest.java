package io.github.kernelrust.core.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
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
}
