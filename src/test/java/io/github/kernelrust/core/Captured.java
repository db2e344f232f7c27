package io.github.kernelrust.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real tool output captured for the unit tests, under {@code src/test/resources} (each folder's README says how). */
public final class Captured {
    private Captured() {
    }

    /** The text of {@code src/test/resources/PATH} ({@code abi/NAME.ll}). */
    public static String text(String path) {
        try (InputStream in = Captured.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
