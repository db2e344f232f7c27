package io.github.kernelrust.core.bindings;

import java.util.ArrayList;
import java.util.HashMap;
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
 * source ranges, which may name {@code <scratch space>} for macro-made functions) is not read,
 * but for the address that ties a {@code typedef} to the union it names: a parameter whose union
 * is {@code __transparent_union__} is passed as the union's first member, and a helper must take
 * it as that.
 */
public final class ClangAst {
    private static final Pattern COMPILER_HEADERS = Pattern.compile("/lib/(?:clang/[^/]+|gcc/[^/]+/[^/]+)/include/");
    // a location that names its file: <FILE:LINE:COL or , FILE:LINE:COL (the dump repeats a file only when it changes)
    private static final Pattern FILE_LOCATION = Pattern.compile("(?:<|, |> )(/[^:<>,]+|[\\w.][^:<>,\\s]*\\.\\w+):\\d+:\\d+");
    private static final Pattern TARGET_ATTR = Pattern.compile("\"([^\"]*)\"\\s*$");
    private static final Pattern NODE = Pattern.compile("^([| `]*)[|`]-(\\w+) (.*)$");
    private static final Pattern DECL_TAIL = Pattern.compile(
            "(?:^|\\s)(\\w+) '([^']*)'(?::'[^']*')?((?: [a-z_]+)*)\\s*$");
    private static final Pattern PARAM_TAIL = Pattern.compile(
            "(?:\\s(\\w+))? '([^']*)'(?::'([^']*)')?(?: [a-z_]+)*\\s*$");
    private static final Pattern UNION_DEFINITION = Pattern.compile("^(0x[0-9a-f]+) .*\\bunion(?: (\\w+))? definition$");
    private static final Pattern RECORD_REF = Pattern.compile("^(0x[0-9a-f]+)\\b");

    /**
     * A file-scope function.
     *
     * @param name     its name
     * @param type     its type as written, {@code RET (PARAMS)}
     * @param storage  {@code static}, {@code extern} or empty
     * @param inline   declared {@code inline}
     * @param hasBody  a definition, not only a declaration
     * @param params   the parameters in order
     * @param target   its {@code __attribute__((target("...")))} (the compiler's intrinsics carry one), or empty
     * @param file     the file it is declared in, as the dump names it, or empty when the dump does not say
     */
    public record Function(String name, String type, String storage, boolean inline, boolean hasBody,
            List<Param> params, String target, String file) {
        public Function {
            params = List.copyOf(params);
        }

        /**
         * Declared in the compiler's own headers (clang's {@code lib/clang/N/include}, GCC's
         * {@code lib/gcc/TRIPLE/N/include}): an intrinsic, not the library's API.
         */
        public boolean fromCompiler() {
            return COMPILER_HEADERS.matcher(file).find();
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

    /**
     * A parameter.
     *
     * @param name          its name, empty when the declaration gives none
     * @param type          its type as written
     * @param transparentAs for a {@code __transparent_union__} type, the type of the union's first
     *                      member, as which C passes it; else empty
     */
    public record Param(String name, String type, String transparentAs) {
        public Param(String name, String type) {
            this(name, type, "");
        }
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
        String target = "";
        String file = "";
        String lastFile = "";
        List<Param> params = new ArrayList<>();
        // transparent unions: by record address, then by the type spellings that name them
        Map<String, String> transparentRecords = new HashMap<>();
        Map<String, String> transparentTypes = new HashMap<>();
        String[] union = null; // address, tag, first member's type, "t" once transparent
        String typedefType = null;
        for (String line : astDump.split("\n")) {
            Matcher node = NODE.matcher(line);
            if (!node.matches()) {
                continue;
            }
            int depth = node.group(1).length() / 2 + 1;
            // the node starts in the file its first location names, or in the last one named before it
            String declaredIn = lastFile;
            int begin = node.group(3).indexOf('<');
            Matcher where = FILE_LOCATION.matcher(node.group(3));
            while (where.find()) {
                if (where.start() == begin) {
                    declaredIn = where.group(1);
                }
                lastFile = where.group(1);
            }
            if (depth == 1) {
                if (name != null) {
                    put(out, new Function(name, type, storage, inline, body, params, target, file));
                }
                if (union != null && union[3] != null && union[2] != null) {
                    transparentRecords.put(union[0], union[2]);
                    if (union[1] != null) {
                        transparentTypes.put("union " + union[1], union[2]);
                    }
                }
                name = null;
                union = null;
                typedefType = null;
                Matcher u = UNION_DEFINITION.matcher(node.group(3));
                if (node.group(2).equals("RecordDecl") && u.matches()) {
                    union = new String[] {u.group(1), u.group(2), null, null};
                } else if (node.group(2).equals("TypedefDecl")) {
                    Matcher tail = DECL_TAIL.matcher(node.group(3));
                    typedefType = tail.find() ? tail.group(2) : null;
                } else if (node.group(2).equals("FunctionDecl")) {
                    Matcher tail = DECL_TAIL.matcher(node.group(3));
                    if (tail.find()) {
                        name = tail.group(1);
                        type = tail.group(2);
                        List<String> words = List.of(tail.group(3).strip().split(" "));
                        storage = words.contains("static") ? "static" : words.contains("extern") ? "extern" : "";
                        inline = words.contains("inline");
                        body = false;
                        target = "";
                        params = new ArrayList<>();
                    }
                }
                file = declaredIn;
            } else if (depth == 2 && union != null) {
                if (node.group(2).equals("TransparentUnionAttr")) {
                    union[3] = "t";
                } else if (node.group(2).equals("FieldDecl") && union[2] == null) {
                    Matcher f = PARAM_TAIL.matcher(node.group(3));
                    union[2] = f.find() ? f.group(2) : null;
                }
            } else if (typedefType != null && node.group(2).equals("Record")) {
                Matcher ref = RECORD_REF.matcher(node.group(3));
                if (ref.find() && transparentRecords.containsKey(ref.group(1))) {
                    transparentTypes.put(typedefType, transparentRecords.get(ref.group(1)));
                }
            } else if (depth == 2 && name != null) {
                if (node.group(2).equals("ParmVarDecl")) {
                    Matcher p = PARAM_TAIL.matcher(node.group(3));
                    if (p.find()) {
                        String canonical = p.group(3) == null ? p.group(2) : p.group(3);
                        params.add(new Param(p.group(1) == null ? "" : p.group(1), p.group(2),
                                transparentTypes.getOrDefault(canonical, "")));
                    }
                } else if (node.group(2).equals("CompoundStmt")) {
                    body = true;
                } else if (node.group(2).equals("TargetAttr")) {
                    Matcher t = TARGET_ATTR.matcher(node.group(3));
                    target = t.find() ? t.group(1) : "";
                }
            }
        }
        if (name != null) {
            put(out, new Function(name, type, storage, inline, body, params, target, file));
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
