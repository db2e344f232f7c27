package io.github.kernelrust.core.build;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What identifies the plugin's own code, for the steps whose output the plugin writes from a
 * tool's output ({@code WRAP wrap_helpers.c} from clang's AST, {@code BINDGEN} from bindgen's raw
 * text): a plugin that writes them differently must write them again, even where the headers, the
 * flags and the tools are the same. It is the SHA-256 of the plugin's jar (a release and a
 * rebuilt snapshot alike), or {@code classes} when the code is not in a jar (unit tests).
 */
final class PluginCode {
    private static final String FINGERPRINT = compute();

    private PluginCode() {
    }

    static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        try {
            var source = PluginCode.class.getProtectionDomain().getCodeSource();
            Path where = source == null ? null : Path.of(source.getLocation().toURI());
            return where != null && Files.isRegularFile(where) ? FileHash.sha256(where) : "classes";
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
