package io.github.kernelrust.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inputs of a Makefile-style dependency file, as rustc ({@code --emit=dep-info}) and
 * clang or gcc ({@code -MD -MF}) write it: the prerequisites of its first rule.
 */
final class DepInfo {
    private DepInfo() {
    }

    /** The inputs listed in {@code file}; empty if it does not exist yet. */
    public static List<Path> inputs(Path file) {
        return inputs(file, null);
    }

    /**
     * The inputs listed in {@code file}, a relative one resolved against {@code dir}, the folder the
     * tool ran in ({@code -I./include} gives {@code ./include/linux/refcount.h}); null: the JVM's.
     */
    public static List<Path> inputs(Path file, Path dir) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> listed = parse(Files.readString(file, StandardCharsets.UTF_8));
            return dir == null ? listed : listed.stream().map(p -> dir.resolve(p).normalize()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Path> parse(String text) {
        String joined = text.replace("\\\r\n", " ").replace("\\\n", " ");
        for (String line : joined.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = ruleColon(line);
            if (colon >= 0) {
                return words(line.substring(colon + 1));
            }
        }
        return List.of();
    }

    /** The ':' that ends the targets: not escaped, and followed by white space or the end of the line. */
    private static int ruleColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ':' && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Path> words(String s) {
        List<Path> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '#')) {
                word.append(s.charAt(++i));
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '$') {
                word.append('$');
                i++;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    out.add(Path.of(word.toString()));
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            out.add(Path.of(word.toString()));
        }
        return out;
    }
}
