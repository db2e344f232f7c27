package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.List;

/** Small scanning helpers for LLVM's textual IR: brackets, quoted names and top-level commas. */
final class IrText {
    private IrText() {
    }

    /** The index of the bracket that closes the one at {@code open}, or the end of the text. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                i = end < 0 ? s.length() : end;
            } else if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    /** {@code s} split at the commas that no bracket encloses, each part stripped. */
    static List<String> topLevelParts(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                i = end < 0 ? s.length() : end;
            } else if (isOpen(c)) {
                depth++;
            } else if (isClose(c)) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = s.substring(start).strip();
        if (!last.isEmpty() || !parts.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** {@code s} with every bracketed group and quoted string blanked out, so only bare words remain. */
    static String outsideParentheses(String s) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                i = end < 0 ? s.length() : end;
                sb.append(' ');
            } else if (isOpen(c)) {
                depth++;
                sb.append(' ');
            } else if (isClose(c)) {
                depth--;
                sb.append(' ');
            } else {
                sb.append(depth == 0 ? c : ' ');
            }
        }
        return sb.toString();
    }

    /**
     * The length of the type that starts {@code s}: a bracketed aggregate ({@code { i64, i64 }},
     * {@code [2 x i64]}, {@code <4 x i32>}, {@code <{ i8 }>}), a named type ({@code %struct.x},
     * {@code %"a b"}), or a word with an optional {@code addrspace(N)}.
     */
    static int typeLength(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        char c = s.charAt(0);
        if (isOpen(c)) {
            return closing(s, 0) + 1;
        }
        if (s.startsWith("%\"")) {
            int end = s.indexOf('"', 2);
            return end < 0 ? s.length() : end + 1;
        }
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ',') {
            i++;
        }
        String rest = s.substring(i);
        if (rest.startsWith(" addrspace(")) {
            return i + closing(rest, rest.indexOf('(')) + 1;
        }
        return i;
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '{' || c == '[' || c == '<';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '}' || c == ']' || c == '>';
    }
}
