package io.github.kernelrust.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kernelrust.core.KernelRustException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutParameterTest {
    private static final Duration DEFAULT = Duration.ofSeconds(600);

    @Test
    void aWholeNumberIsSeconds() {
        assertEquals(Duration.ofSeconds(5), AbstractKernelRustMojo.seconds("kernelRust.compileTimeout", "5", DEFAULT));
        assertEquals(Duration.ofSeconds(90), AbstractKernelRustMojo.seconds("kernelRust.compileTimeout", " 90 ", DEFAULT));
    }

    @Test
    void unsetIsTheDefault() {
        assertEquals(DEFAULT, AbstractKernelRustMojo.seconds("kernelRust.compileTimeout", null, DEFAULT));
        assertEquals(DEFAULT, AbstractKernelRustMojo.seconds("kernelRust.compileTimeout", " ", DEFAULT));
    }

    @Test
    void anythingElseIsAnErrorNamingThePropertyAndTheValue() {
        for (String bad : new String[] {"0", "-5", "1.5", "5s", "ten", "99999999999"}) {
            KernelRustException e = assertThrows(KernelRustException.class,
                    () -> AbstractKernelRustMojo.seconds("kernelRust.probeTimeout", bad, Duration.ofSeconds(60)));

            assertEquals("kernelRust.probeTimeout is '" + bad + "', but it must be a whole number of seconds greater"
                    + " than 0 (default 60), such as -DkernelRust.probeTimeout=60.", e.getMessage());
        }
    }
}
