package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluginCodeTest {

    @Test
    void codeOutsideAJarIsNamedAsSuchAndTheSameEveryTime() {
        // the unit tests run from target/classes; the plugin's jar is hashed (the ITs run from it)
        assertEquals("classes", PluginCode.fingerprint());
        assertEquals(PluginCode.fingerprint(), PluginCode.fingerprint());
    }
}
