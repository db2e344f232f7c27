package io.github.kernelrust.core.build;

import io.github.kernelrust.core.process.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 of files and text, in hex: what cache keys and markers compare contents by. */
final class FileHash {
    private FileHash() {
    }

    /** The file's SHA-256, read in chunks (a {@code libcore.rmeta} is 50 MB). */
    static String sha256(Path file) {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The file's SHA-256, or {@code missing} when there is no such file (the tool reading it will say so). */
    static String sha256OrMissing(Path file) {
        return Files.isRegularFile(file) ? sha256(file) : "missing";
    }

    static String sha256(String text) {
        return Sha256.of(text);
    }

    private static MessageDigest digest() {
        return Sha256.digest();
    }
}
