package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import org.junit.jupiter.api.Test;

class JobsTest {

    @Test
    void unsetTakesTheProcessorsThatMavensThreadsLeave() {
        assertEquals(8, Jobs.parse(null, 8, 1));
        assertEquals(2, Jobs.parse("", 8, 4));
        assertEquals(1, Jobs.parse(" ", 2, 4));
        assertEquals(3, Jobs.parse(null, 3, 0));
    }

    @Test
    void aNumberIsTakenAsWritten() {
        assertEquals(1, Jobs.parse("1", 16, 1));
        assertEquals(32, Jobs.parse(" 32 ", 2, 8));
    }

    @Test
    void anythingButAWholeNumberAboveZeroIsAnErrorNamingTheProperty() {
        for (String bad : new String[] {"0", "-2", "two", "1.5"}) {
            KernelRustException e = assertThrows(KernelRustException.class, () -> Jobs.parse(bad, 4, 1));
            assertTrue(e.getMessage().startsWith("kernelRust.jobs is '" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("-DkernelRust.jobs=2"), e.getMessage());
        }
    }
}
