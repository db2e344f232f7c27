package io.github.kernelrust.core.bindings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the functions a translation unit defines at file scope from clang's own view of it
 * ({@code clang -fsyntax-only -Xclang -ast-dump}): each {@code FunctionDecl} line, its
 * {@code ParmVarDecl} children and whether a {@code CompoundStmt} (a body) follows. The dump's
 * lines end with the declaration's name and its type in quotes ({@code used io_uring_get_sqe
 * 'struct io_uring_sqe *(struct io_uring *)' static inline}); what comes before (addresses,
 * source ranges, which may name {@code <scratch space>} for macro-made functions) is not read.
 */
public final class ClangAst {
    private static final Pattern NODE = Pattern.compile("^([| `]*)[|`]-(\\w+) (.*)$");
    private static final Pattern DECL_TAIL = Pattern.compile(
            "(?:^|\\s)(\\w+) '([^']*)'(?::'[^']*')?((?: [a-z_]+)*)\\s*$");
    private static final Pattern PARAM_TAIL = Pattern.compile("(?:\\s(\\w+))? '([^']*)'(?::'[^']*')?(?: [a-z_]+)*\\s*$");

    /**
     * A file-scope function.
     *
     * @param name     its name
     * @param type     its type as written, {@code RET (PARAMS)}
     * @param storage  {@code static}, {@code extern} or empty
     * @param inline   declared {@code inline}
     * @param hasBody  a definition, not only a declaration
     * @param params   the parameters in order
     */
    public record Function(String name, String type, String storage, boolean inline, boolean hasBody,
            List<Param> params) {
        public Function {
            params = List.copyOf(params);
        }

        /** Whether it takes {@code ...}. */
        public boolean variadic() {
            return type.endsWith("...)");
        }

        /** A {@code static} definition: what Rust cannot call and a helper must wrap. */
        public boolean staticDefinition() {
            return hasBody && storage.equals("static");
        }
    }

    /** A parameter: its name (empty when the declaration gives none) and type as written. */
    public record Param(String name, String type) {
    }

    private ClangAst() {
    }

    /** The file-scope functions, by name; a later declaration of a name wins, a definition over a declaration. */
    public static Map<String, Function> functions(String astDump) {
        Map<String, Function> out = new LinkedHashMap<>();
        String name = null;
        String type = null;
        String storage = "";
        boolean inline = false;
        boolean body = false;
        List<Param> params = new ArrayList<>();
        for (String line : astDump.split("\n")) {
            Matcher node = NODE.matcher(line);
            if (!node.matches()) {
                continue;
            }
            int depth = node.group(1).length() / 2 + 1;
            if (depth == 1) {
                if (name != null) {
                    put(out, new Function(name, type, storage, inline, body, params));
                }
                name = null;
                if (node.group(2).equals("FunctionDecl")) {
                    Matcher tail = DECL_TAIL.matcher(node.group(3));
                    if (tail.find()) {
                        name = tail.group(1);
                        type = tail.group(2);
                        List<String> words = List.of(tail.group(3).strip().split(" "));
                        storage = words.contains("static") ? "static" : words.contains("extern") ? "extern" : "";
                        inline = words.contains("inline");
                        body = false;
                        params = new ArrayList<>();
                    }
                }
            } else if (depth == 2 && name != null) {
                if (node.group(2).equals("ParmVarDecl")) {
                    Matcher p = PARAM_TAIL.matcher(node.group(3));
                    if (p.find()) {
                        params.add(new Param(p.group(1) == null ? "" : p.group(1), p.group(2)));
                    }
                } else if (node.group(2).equals("CompoundStmt")) {
                    body = true;
                }
            }
        }
        if (name != null) {
            put(out, new Function(name, type, storage, inline, body, params));
        }
        return out;
    }

    private static void put(Map<String, Function> out, Function f) {
        Function old = out.get(f.name());
        if (old == null || !old.hasBody()) {
            out.put(f.name(), f);
        }
    }
}
