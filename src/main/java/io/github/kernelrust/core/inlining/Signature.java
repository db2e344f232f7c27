package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A function's type as LLVM IR passes it: the result and each parameter with the attributes that
 * change how a value crosses the call ({@code zeroext}, {@code signext}, {@code inreg},
 * {@code byval}, {@code sret}, ...); attributes that only promise facts ({@code noundef},
 * {@code nonnull}, {@code align}, {@code captures}) are left out.
 *
 * @param result   the result, {@code void} for none
 * @param params   the parameters, in order, named struct types already resolved
 * @param variadic whether it takes {@code ...}
 */
public record Signature(Value result, List<Value> params, boolean variadic) {

    /** The attributes that change how a value is passed or returned. */
    static final Set<String> ABI_ATTRIBUTES = Set.of("zeroext", "signext", "inreg", "byval", "sret", "inalloca",
            "byref", "preallocated");
    private static final Set<String> EXTENSIONS = Set.of("zeroext", "signext");

    /**
     * One value crossing the call.
     *
     * @param type LLVM's type ({@code i32}, {@code ptr}, {@code { i64, i64 }})
     * @param abi  its ABI attributes, sorted
     */
    public record Value(String type, Set<String> abi) {
        public Value {
            abi = new TreeSet<>(abi);
        }

        Set<String> extension() {
            return abi.stream().filter(EXTENSIONS::contains).collect(Collectors.toCollection(TreeSet::new));
        }

        Set<String> passing() {
            return abi.stream().filter(a -> !EXTENSIONS.contains(a)).collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public String toString() {
            return abi.isEmpty() ? type : String.join(" ", abi) + " " + type;
        }
    }

    public Signature {
        params = List.copyOf(params);
    }

    /**
     * Reads a signature from a {@code define}/{@code declare} line: {@code head} is what comes
     * before {@code @name} (linkage, result attributes, result type), {@code params} what the
     * parentheses after the name hold; {@code named} resolves a named struct type to its body.
     */
    static Signature of(String head, String params, UnaryOperator<String> named) {
        String h = head.strip();
        int typeStart = resultTypeStart(h);
        String resultType = normalize(h.substring(typeStart).strip(), named);
        Set<String> resultAbi = abiWords(h.substring(0, typeStart));
        List<Value> values = new ArrayList<>();
        boolean variadic = false;
        for (String p : IrText.topLevelParts(params)) {
            if (p.equals("...")) {
                variadic = true;
                continue;
            }
            int len = IrText.typeLength(p);
            values.add(new Value(normalize(p.substring(0, len), named), abiWords(p.substring(len))));
        }
        return new Signature(new Value(resultType, resultAbi), values, variadic);
    }

    /**
     * The parameters as registers and stack slots see them: a first-class struct passed by value
     * is its fields in order (clang splits {@code struct { long a, b; }} into {@code i64, i64} where
     * rustc passes {@code { i64, i64 }}; both reach the same two registers).
     */
    public List<Value> flatParams() {
        List<Value> flat = new ArrayList<>();
        for (Value v : params) {
            if (v.type().startsWith("{") && v.passing().isEmpty()) {
                String body = v.type().substring(1, v.type().length() - 1);
                for (String field : IrText.topLevelParts(body)) {
                    flat.add(new Value(field, v.abi()));
                }
            } else {
                flat.add(v);
            }
        }
        return flat;
    }

    /**
     * The scalars an aggregate is made of, in order: {@code { double, double }} and
     * {@code [2 x double]} are both {@code double, double}. A result is returned in registers by
     * those scalars (clang returns an AArch64 pair of doubles as its struct, rustc as an array; both
     * come back in d0 and d1), so two results with the same scalars are returned alike. A packed
     * struct or a vector is one value.
     */
    static List<String> scalars(String type) {
        List<String> parts = elements(type);
        if (parts == null) {
            return List.of(type);
        }
        List<String> out = new ArrayList<>();
        parts.forEach(part -> out.addAll(scalars(part)));
        return out;
    }

    /**
     * The element types of a literal struct ({@code { double, float }}) or of an array of at most 8
     * ({@code [2 x double]}: a register pair or quad, not a buffer; bigger aggregates go through
     * memory), in order; null for anything else (a scalar, a vector, a packed struct, a named type).
     */
    static List<String> elements(String type) {
        if (type.startsWith("{") && type.endsWith("}")) {
            return IrText.topLevelParts(type.substring(1, type.length() - 1));
        }
        if (!type.startsWith("[") || !type.endsWith("]")) {
            return null;
        }
        String inner = type.substring(1, type.length() - 1).strip();
        int x = inner.indexOf(" x ");
        int n;
        try {
            n = x < 0 ? -1 : Integer.parseInt(inner.substring(0, x).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (n < 0 || n > 8) {
            return null;
        }
        return Collections.nCopies(n, inner.substring(x + 3).strip());
    }

    /** {@code (i32, ptr) -> zeroext i1}, {@code (ptr, ...) -> void}. */
    public String describe() {
        List<String> ps = new ArrayList<>();
        params.forEach(p -> ps.add(p.toString()));
        if (variadic) {
            ps.add("...");
        }
        return "(" + String.join(", ", ps) + ") -> " + result;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static Set<String> abiWords(String text) {
        Set<String> abi = new TreeSet<>();
        for (String word : IrText.outsideParentheses(text).split("\\s+")) {
            if (ABI_ATTRIBUTES.contains(word)) {
                abi.add(word);
            }
        }
        return abi;
    }

    /** Where the result type starts: it is the last thing before the name. */
    private static int resultTypeStart(String h) {
        int end = h.length() - 1;
        if (end < 0) {
            return 0;
        }
        char last = h.charAt(end);
        if (last == '}' || last == ']' || last == '>' || last == ')') {
            int open = openingBefore(h, end);
            if (last == ')') {
                // ptr addrspace(N)
                int word = h.lastIndexOf(' ', open - 1);
                int ptr = h.lastIndexOf(' ', word - 1);
                return word > 0 ? ptr + 1 : 0;
            }
            return open;
        }
        if (last == '"') {
            int quote = h.lastIndexOf('"', end - 1);
            return quote > 0 && h.charAt(quote - 1) == '%' ? quote - 1 : quote;
        }
        return h.lastIndexOf(' ') + 1;
    }

    private static int openingBefore(String s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')' || c == '}' || c == ']' || c == '>') {
                depth++;
            } else if ((c == '(' || c == '{' || c == '[' || c == '<') && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    /** A type with its named structs replaced by their bodies (once per name, so a cycle ends) and spacing made regular. */
    static String normalize(String type, UnaryOperator<String> named) {
        return normalize(type.strip(), named, 0);
    }

    private static String normalize(String type, UnaryOperator<String> named, int depth) {
        if (depth > 16) {
            return type;
        }
        if (type.startsWith("%")) {
            String body = named.apply(type);
            return body.equals(type) || body.equals("opaque") ? type : normalize(body, named, depth + 1);
        }
        if (type.startsWith("{") || type.startsWith("<{")) {
            boolean packed = type.startsWith("<{");
            String inner = type.substring(packed ? 2 : 1, type.length() - (packed ? 2 : 1)).strip();
            List<String> fields = new ArrayList<>();
            for (String f : IrText.topLevelParts(inner)) {
                fields.add(normalize(f, named, depth + 1));
            }
            String joined = fields.isEmpty() ? "{}" : "{ " + String.join(", ", fields) + " }";
            return packed ? "<" + joined + ">" : joined;
        }
        if (type.startsWith("[")) {
            String inner = type.substring(1, type.length() - 1).strip();
            int x = inner.indexOf(" x ");
            return x < 0 ? type : "[" + inner.substring(0, x) + " x " + normalize(inner.substring(x + 3), named, depth + 1)
                    + "]";
        }
        return type.replaceAll("\\s+", " ");
    }
}
