package io.github.kernelrust.core.bindings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Lays out the token stream bindgen writes without rustfmt ({@code # [repr (C)] pub struct x {
 * pub a : u32 , }}) one item per line, indented, in the spacing rustfmt uses for what bindgen
 * emits. bindgen's own layout depends on whether a {@code rustfmt} happens to be on PATH, so the
 * plugin asks for the raw tokens and lays them out itself: the same inputs give the same bytes
 * on every machine.
 */
final class RustTokens {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ";", ")", "]", ".", "::", ":", "?");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", ".", "::", "#", "!");
    private static final Set<String> PREFIX = Set.of("&", "*", "-", "!");
    private static final Set<String> SPACED = Set.of("=", "->", "=>", "+", "|", "==", "!=", "+=", "|=", "&&", "||");
    private static final Set<String> KEYWORDS = Set.of("for", "as", "impl", "dyn", "in", "return", "mut", "const",
            "where", "pub", "unsafe", "extern", "type", "let");
    private static final String INDENT = "    ";

    private RustTokens() {
    }

    private static final List<String> PUNCT = List.of("...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&",
            "||", "+=", "-=", "*=", "/=", "|=", "&=", "^=", "..");

    /** The tokens of {@code text}: identifiers, literals, lifetimes and punctuation; comments dropped. */
    static List<String> tokenize(String text) {
        return scan(text, new ArrayList<>());
    }

    /**
     * The tokens of {@code text}; {@code glued} gets, for each, whether it is punctuation that
     * follows punctuation with no space between ({@code <<} is two tokens, as generics need, but a
     * space between them would make two comparisons of a shift).
     */
    private static List<String> scan(String text, List<Boolean> glued) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int lastEnd = -1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            } else if (c == '"' || (c == 'b' || c == 'c') && i + 1 < n && text.charAt(i + 1) == '"') {
                i = endOfString(text, c == '"' ? i : i + 1);
                i = endOfWord(text, i); // a suffix
            } else if (c == '\'') {
                // a char literal ('a', or an escape after a backslash) or a lifetime ('_, 'a)
                int close = text.charAt(Math.min(i + 1, n - 1)) == '\\' ? text.indexOf('\'', i + 2)
                        : i + 2 < n && text.charAt(i + 2) == '\'' ? i + 2 : -1;
                i = close > 0 ? close + 1 : endOfWord(text, i + 1);
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                i = endOfWord(text, i);
                // a float literal: 1.5, 1.5e3
                if (Character.isDigit(c) && i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                    i = endOfWord(text, i + 1);
                }
            } else {
                i++;
                for (String p : PUNCT) {
                    if (text.startsWith(p, start)) {
                        i = start + p.length();
                        break;
                    }
                }
            }
            String tok = text.substring(start, i);
            glued.add(start == lastEnd && !tokens.isEmpty() && !isWord(tok) && !isWord(tokens.get(tokens.size() - 1)));
            tokens.add(tok);
            lastEnd = i;
        }
        return tokens;
    }

    private static int endOfString(String text, int quote) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    private static int endOfWord(String text, int i) {
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** The token stream laid out as Rust source, ending with a line break. */
    static String layout(String tokenStream) {
        List<Boolean> glued = new ArrayList<>();
        List<String> t = scan(tokenStream, glued);
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>(); // "(", "[", "{", "<", "#[" for an attribute
        int indent = 0;
        boolean lineStart = true;
        for (int i = 0; i < t.size(); i++) {
            String tok = t.get(i);
            String prev = i > 0 ? t.get(i - 1) : "";
            String next = i + 1 < t.size() ? t.get(i + 1) : "";
            if (tok.equals("}")) {
                indent = Math.max(0, indent - 1);
                open.poll();
                if (!lineStart) {
                    out.append('\n');
                }
                out.append(INDENT.repeat(indent)).append('}');
                lineStart = false;
                if (!next.equals(",") && !next.equals(";") && !next.equals(")") && !next.equals("else")) {
                    out.append('\n');
                    lineStart = true;
                }
                continue;
            }
            boolean operator = isLessThanOperator(t, glued, i);
            if (lineStart) {
                out.append(INDENT.repeat(indent));
            } else if (glued.get(i)) {
                // as bindgen wrote it: << and >> stay shifts
            } else if (operator || i >= 1 && isLessThanOperator(t, glued, i - 1)) {
                out.append(' ');
            } else if (tok.equals("::") && (KEYWORDS.contains(prev) || prev.equals(",") || prev.equals(":")
                    || prev.equals(">") && implGenericsJustClosed(t, i))
                    || spaceBetween(i >= 2 ? t.get(i - 2) : "", prev, tok, open) || wouldFuse(prev, tok)) {
                // a path from the crate root after "impl<T>", "for", "as": impl<T> ::core::fmt::Debug
                out.append(' ');
            }
            lineStart = false;
            out.append(tok);
            switch (tok) {
                case "{" -> {
                    if (next.equals("}")) {
                        out.append('}');
                        i++;
                        String after = i + 1 < t.size() ? t.get(i + 1) : "";
                        if (!after.equals(",") && !after.equals(";") && !after.equals(")")) {
                            out.append('\n');
                            lineStart = true;
                        }
                    } else {
                        open.push("{");
                        indent++;
                        out.append('\n');
                        lineStart = true;
                    }
                }
                case "(" -> open.push("(");
                case "[" -> open.push(prev.equals("#") || prev.equals("!") && i >= 2 && t.get(i - 2).equals("#")
                        ? "#[" : "[");
                case ")" -> open.poll();
                case "]" -> {
                    if ("#[".equals(open.poll())) {
                        out.append('\n');
                        lineStart = true;
                    }
                }
                case "<" -> {
                    if (!operator) {
                        open.push(prev.equals("impl") ? "impl<" : "<");
                    }
                }
                case ">" -> {
                    if ("<".equals(open.peek()) || "impl<".equals(open.peek())) {
                        open.poll();
                    }
                }
                case ";" -> {
                    if (!inside(open, "[") && !inside(open, "(")) {
                        out.append('\n');
                        lineStart = true;
                    }
                }
                case "," -> {
                    if ("{".equals(open.peek())) {
                        out.append('\n');
                        lineStart = true;
                    }
                }
                default -> {
                }
            }
        }
        String s = out.toString().stripTrailing();
        return s.isEmpty() ? "" : s + "\n";
    }

    /**
     * Whether token {@code i} is a {@code <} of an operator rather than one that opens generics:
     * either half of a shift ({@code 1 << index}, which bindgen writes glued), or a comparison
     * after a number ({@code index / 8 < self.storage.len()} in bindgen's bitfield code) or a
     * {@code )}, where no type can stand.
     */
    private static boolean isLessThanOperator(List<String> t, List<Boolean> glued, int i) {
        if (!t.get(i).equals("<")) {
            return false;
        }
        boolean shiftStart = i + 1 < t.size() && t.get(i + 1).equals("<") && glued.get(i + 1);
        boolean shiftEnd = i > 0 && t.get(i - 1).equals("<") && glued.get(i);
        String prev = i > 0 ? t.get(i - 1) : "";
        return shiftStart || shiftEnd || !prev.isEmpty() && (Character.isDigit(prev.charAt(0)) || prev.equals(")"));
    }

    /**
     * Whether two punctuation tokens that bindgen spaced would read as another token written
     * together ({@code - >} as {@code ->}, {@code & &} as {@code &&}, {@code < -} as {@code <-}).
     */
    private static boolean wouldFuse(String prev, String tok) {
        if (prev.isEmpty() || isWord(prev) || isWord(tok)) {
            return false;
        }
        String pair = prev.substring(prev.length() - 1) + tok.charAt(0);
        return FUSING.contains(pair);
    }

    private static final Set<String> FUSING = Set.of("::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=",
            "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", "..", "<-");

    /** Whether the "&gt;" before token {@code i} closes the generics of an {@code impl}. */
    private static boolean implGenericsJustClosed(List<String> t, int i) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            String tok = t.get(j);
            if (tok.equals(">")) {
                depth++;
            } else if (tok.equals("<") && --depth == 0) {
                return j > 0 && t.get(j - 1).equals("impl");
            }
        }
        return false;
    }

    private static boolean inside(Deque<String> open, String bracket) {
        return bracket.equals(open.peek());
    }

    /**
     * Whether {@code tok} ends an operand, so that an {@code &}, {@code -} or {@code *} after it
     * is binary: a name that is not a keyword, a literal, or a closing bracket.
     */
    private static boolean isOperand(String tok) {
        return !tok.isEmpty() && (isWord(tok) && !KEYWORDS.contains(tok) && !tok.equals("if") && !tok.equals("else")
                && !tok.equals("while") && !tok.equals("match") || tok.equals(")") || tok.equals("]"));
    }

    private static boolean spaceBetween(String before, String prev, String tok, Deque<String> open) {
        if (SPACED.contains(tok) || SPACED.contains(prev)) {
            return true;
        }
        if (NO_SPACE_BEFORE.contains(tok) || NO_SPACE_AFTER.contains(prev)) {
            return false;
        }
        if (prev.equals(":")) {
            return true;
        }
        if (PREFIX.contains(tok) && !tok.equals("!") && isOperand(prev)) {
            // after an operand, & - * are binary: "val & mask", "usize - 1"
            return true;
        }
        if (PREFIX.contains(prev)) {
            // "&self", "*mut T", "-1", "&[T]": prefix operators bind to what follows, binary ones do not
            return !prev.equals("!") && isOperand(before);
        }
        if (tok.equals("(")) {
            // a call, a definition or a tuple struct follow a name or its generics directly
            return !(isWord(prev) || prev.equals(">")) || prev.equals("as") || prev.equals("in")
                    || prev.equals("return");
        }
        if (tok.equals("!")) {
            return !isWord(prev); // a macro: concat!(...)
        }
        if (tok.equals("<")) {
            return !isWord(prev) && !prev.equals(">");
        }
        if (prev.equals("<")) {
            return false;
        }
        if (tok.equals(">")) {
            return !"<".equals(open.peek()) && !"impl<".equals(open.peek());
        }
        if (tok.equals("[")) {
            // indexing follows its operand directly: self.storage.as_ref()[i]
            return !isWord(prev) && !prev.equals(")") && !prev.equals("]") || prev.equals("as") || prev.equals("mut")
                    || prev.equals("const");
        }
        return true;
    }

    private static boolean isWord(String tok) {
        char c = tok.charAt(0);
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '"';
    }
}
