package io.github.kernelrust.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The warnings a compiler printed on a run that succeeded: rustc's blocks ({@code warning: ...},
 * {@code --> src/lib.rs:3:5}, the snippet, up to the blank line) and clang's or gcc's
 * ({@code file:line:col: warning: ...}, its notes and snippet, with the {@code In file included
 * from} lines that lead to it). Each comes back whole, as one message; summaries ({@code 2 warnings
 * generated.}, {@code warning: 1 warning emitted}) are dropped.
 */
final class Warnings {
    private static final Pattern RUSTC_START = Pattern.compile("^warning(\\[[^\\]]*\\])?: .*");
    private static final Pattern C_START = Pattern.compile("^\\S.*?: warning: .*");
    private static final Pattern ERROR = Pattern.compile("^(\\S.*?: )?(fatal )?error(\\[[^\\]]*\\])?: .*");
    private static final Pattern SUMMARY = Pattern.compile(
            "^(\\d+ warnings?( and \\d+ errors?)? generated\\.|warning: \\d+ warnings? emitted)\\s*$");
    private static final Pattern INCLUDED_FROM = Pattern.compile(
            "^In file included from .*|^\\s+from .*:\\d+[:,]$|^\\S.*: In (?:member )?function .*:$|^\\S.*: At top level:$");

    private Warnings() {
    }

    /**
     * The block with its warning line first, so the log line that carries [WARNING] names the
     * warning and its file:line; the include chain and function context follow it.
     */
    private static String warningFirst(String block) {
        List<String> lines = new ArrayList<>(List.of(block.split("\n", -1)));
        for (int i = 1; i < lines.size(); i++) {
            if (C_START.matcher(lines.get(i)).matches()) {
                List<String> context = new ArrayList<>(lines.subList(0, i));
                String warning = lines.get(i);
                lines.subList(0, i + 1).clear();
                List<String> out = new ArrayList<>();
                out.add(warning);
                out.addAll(lines);
                out.addAll(context);
                return String.join("\n", out);
            }
        }
        return block;
    }

    static List<String> parse(String output) {
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        boolean rustc = false;
        List<String> includedFrom = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (SUMMARY.matcher(line).matches()) {
                block = flush(out, block);
                continue;
            }
            boolean rustcStart = RUSTC_START.matcher(line).matches();
            boolean cStart = !rustcStart && C_START.matcher(line).matches();
            if (rustcStart || cStart) {
                flush(out, block);
                StringBuilder b = new StringBuilder();
                includedFrom.forEach(l -> b.append(l).append('\n'));
                includedFrom.clear();
                block = b.append(line);
                rustc = rustcStart;
            } else if (ERROR.matcher(line).matches()) {
                block = flush(out, block);
                includedFrom.clear();
            } else if (INCLUDED_FROM.matcher(line).matches()) {
                block = flush(out, block);
                includedFrom.add(line);
            } else if (block != null) {
                if (rustc && line.isBlank()) {
                    block = flush(out, block);
                } else if (!line.isBlank() || !rustc) {
                    block.append('\n').append(line);
                }
            }
        }
        flush(out, block);
        return out;
    }

    private static StringBuilder flush(List<String> out, StringBuilder block) {
        if (block != null) {
            String text = warningFirst(block.toString().stripTrailing());
            if (!text.isEmpty() && !out.contains(text)) {
                out.add(text);
            }
        }
        return null;
    }
}
