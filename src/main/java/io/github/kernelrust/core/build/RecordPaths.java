package io.github.kernelrust.core.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the files a build writes name the project's folders, so that they read the same from any
 * checkout folder: the step records ({@code .NAME.cmd}) name the project folder {@code $PROJECT}
 * and the working directory {@code $WORKDIR}; the dependency files name what is under the folder
 * the tool ran in relatively, as a relative {@code -I} would.
 */
final class RecordPaths {
    static final RecordPaths NONE = new RecordPaths(Map.of());

    /** Folder to token, longest folder first (a working directory inside the project wins). */
    private final Map<String, String> folders = new LinkedHashMap<>();
    /** Each folder where it starts a path, in the same order: built once, as every step's record is folded. */
    private final Map<Pattern, String> starts = new LinkedHashMap<>();

    private RecordPaths(Map<Path, String> byFolder) {
        List<Map.Entry<Path, String>> sorted = new ArrayList<>(byFolder.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<Path, String> e) -> e.getKey().toString().length()).reversed());
        sorted.forEach(e -> folders.put(e.getKey().toString(), e.getValue()));
        folders.forEach((folder, token) -> starts.put(atPathBoundary(folder), Matcher.quoteReplacement(token)));
    }

    /** The project folder and, when set, the working directory of the settings. */
    static RecordPaths of(BuildSettings s) {
        Map<Path, String> m = new LinkedHashMap<>();
        m.put(s.projectDirectory(), "$PROJECT");
        if (s.workingDirectory() != null && !s.workingDirectory().equals(s.projectDirectory())) {
            m.put(s.workingDirectory(), "$WORKDIR");
        }
        return new RecordPaths(m);
    }

    /** Each folder in {@code text}, where a path starts with it, as its token. */
    String fold(String text) {
        String out = text;
        for (Map.Entry<Pattern, String> e : starts.entrySet()) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out;
    }

    /** A path as {@link #fold} wrote it, back in this build's folders. */
    Path unfold(String path) {
        for (Map.Entry<String, String> e : folders.entrySet()) {
            if (path.equals(e.getValue()) || path.startsWith(e.getValue() + "/")) {
                return Path.of(e.getKey() + path.substring(e.getValue().length()));
            }
        }
        return Path.of(path);
    }

    /**
     * A dependency file's text with every path under {@code dir} (where the tool ran) made relative
     * to it; paths elsewhere (the toolchain, a folder outside) stay as they are.
     */
    static String relativeDeps(String text, Path dir) {
        return Pattern.compile("(?<=^|[\\s:=])" + Pattern.quote(dir + "/"), Pattern.MULTILINE).matcher(text)
                .replaceAll("");
    }

    /** The folder where it starts a path: followed by '/', '=', a quote, white space or the end, not by more name. */
    private static Pattern atPathBoundary(String folder) {
        return Pattern.compile(Pattern.quote(folder) + "(?=[/='\"\\s]|$)");
    }
}
