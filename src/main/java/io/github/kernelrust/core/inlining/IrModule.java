package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions of one LLVM module, read from {@code llvm-dis} output: each {@code define} and
 * {@code declare}, its linkage, whether it carries {@code alwaysinline} (what {@code __rust_helper}
 * gives in inline mode), and its {@link Signature} as the calling convention sees it. Named struct
 * types ({@code %struct.pair = type { i64, i64 }}) are kept so that signatures can be compared
 * across modules that name their types differently (clang's {@code %struct.x}, rustc's literal
 * or byte-array types).
 */
public final class IrModule {
    private static final Pattern FUNCTION = Pattern.compile("(?m)^(define|declare) (.*)$");
    private static final Pattern NAMED_TYPE = Pattern.compile("(?m)^(%(?:\"[^\"]*\"|[-\\w$.]+)) = type (.*)$");
    private static final Pattern GROUP = Pattern.compile("(?m)^attributes #(\\d+) = \\{(.*)\\}\\s*$");
    private static final Pattern GROUP_REF = Pattern.compile("#(\\d+)");
    private static final Pattern LOCAL_LINKAGE = Pattern.compile("^(?:internal|private)\\b");
    private static final Pattern CALL = Pattern.compile(
            "^\\s+(?:%[-\\w$.\"]+ = )?(?:(?:tail|musttail|notail) )?(?:call|invoke|callbr) [^@]*?@(\"[^\"]*\"|[-\\w$.]+)\\(");
    private static final Pattern TARGET_CPU = Pattern.compile(" \"target-cpu\"=\"([^\"]*)\"");
    private static final Pattern TARGET_FEATURES = Pattern.compile(" \"target-features\"=\"([^\"]*)\"");
    private static final Pattern ORDERING = Pattern.compile(
            "^\\s+(?:%[-\\w$.\"]+ = )?(?:atomicrmw|cmpxchg|fence)\\b|^\\s+store atomic .* seq_cst\\b|\\bcall(?:br)? [^@]*\\basm\\b");

    /**
     * One function of the module.
     *
     * @param name         its symbol name, unquoted
     * @param defined      a {@code define} (else a {@code declare})
     * @param local        internal or private linkage: no other module can call it by name
     * @param alwaysInline carries {@code alwaysinline}, on the line or in one of its groups
     * @param signature    what the calling convention sees
     * @param body         what its body does, for a {@code define} ({@link Body#NONE} for a {@code declare})
     * @param target       the processor its code is generated for
     */
    public record Function(String name, boolean defined, boolean local, boolean alwaysInline, Signature signature,
            Body body, CodeTarget target) {
    }

    /**
     * The processor a function's code is generated for, from its {@code "target-cpu"} and
     * {@code "target-features"} attributes (empty when it has none: the code generator's defaults).
     * clang writes both from {@code -march=}, {@code -mcpu=} and {@code -m<feature>}; rustc writes
     * the CPU, and features only for {@code -Ctarget-feature}. Inlined code is generated for its
     * caller's target, not its own.
     *
     * @param cpu      the {@code "target-cpu"} value, or empty
     * @param features the {@code "target-features"} entries ({@code +sse4.2}, {@code -avx}), as written
     */
    public record CodeTarget(String cpu, List<String> features) {
        public static final CodeTarget NONE = new CodeTarget("", List.of());

        public CodeTarget {
            features = List.copyOf(features);
        }

        /** The features this one enables and {@code other} does not name. */
        public List<String> enabledBeyond(CodeTarget other) {
            return features.stream().filter(f -> f.startsWith("+") && !other.features.contains(f)).toList();
        }

        /** {@code corei7}, or "the default processor", for messages. */
        public String processor() {
            return cpu.isEmpty() ? "the default processor" : cpu;
        }

        /** {@code corei7 (+crc32,+sse4.2)}, for messages. */
        public String describe() {
            return features.isEmpty() ? processor() : processor() + " (" + String.join(",", features) + ")";
        }
    }

    /**
     * What a function body holds, as far as the finish cares.
     *
     * @param calls         the functions it calls by name ({@code call}, {@code invoke}, {@code callbr})
     * @param ordersMemory  an atomic read-modify-write ({@code atomicrmw}, {@code cmpxchg}), a {@code fence},
     *                      a sequentially consistent atomic store, or inline assembly: an operation that
     *                      costs more than a loop's own overhead and that no loop optimization can move,
     *                      widen or merge
     * @param noInline      carries {@code noinline}
     * @param optNone       carries {@code optnone}
     */
    public record Body(Set<String> calls, boolean ordersMemory, boolean noInline, boolean optNone) {
        public static final Body NONE = new Body(Set.of(), false, false, false);

        public Body {
            calls = Collections.unmodifiableSet(new TreeSet<>(calls));
        }
    }

    private final Map<String, Function> functions;
    private final Map<String, String> namedTypes;
    private final Map<String, Signature> spelled;

    private IrModule(Map<String, Function> functions, Map<String, String> namedTypes, Map<String, Signature> spelled) {
        this.functions = Collections.unmodifiableMap(functions);
        this.namedTypes = Collections.unmodifiableMap(namedTypes);
        this.spelled = Collections.unmodifiableMap(spelled);
    }

    public static IrModule parse(String llvmDis) {
        Map<String, String> types = new HashMap<>();
        Matcher t = NAMED_TYPE.matcher(llvmDis);
        while (t.find()) {
            types.put(t.group(1), t.group(2).strip());
        }
        Map<String, String> groups = new HashMap<>();
        Matcher g = GROUP.matcher(llvmDis);
        while (g.find()) {
            groups.put(g.group(1), " " + g.group(2) + " ");
        }
        Map<String, Function> functions = new TreeMap<>();
        Map<String, Signature> spelled = new HashMap<>();
        Matcher f = FUNCTION.matcher(llvmDis);
        while (f.find()) {
            boolean defined = f.group(1).equals("define");
            String body = "";
            if (defined) {
                int end = llvmDis.indexOf("\n}", f.end());
                body = llvmDis.substring(f.end(), end < 0 ? llvmDis.length() : end);
            }
            parseFunction(defined, f.group(2), groups, types, body, spelled)
                    .ifPresent(fn -> functions.put(fn.name(), fn));
        }
        return new IrModule(functions, types, spelled);
    }

    /** Every function, by name. */
    public Map<String, Function> functions() {
        return functions;
    }

    public Optional<Function> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** The definitions another module can link against: {@code define}s that are not internal or private. */
    public List<Function> externalDefinitions() {
        return functions.values().stream().filter(fn -> fn.defined() && !fn.local()).toList();
    }

    /** A function's signature with its types as the module spells them: named struct types left named. */
    Optional<Signature> spelled(String name) {
        return Optional.ofNullable(spelled.get(name));
    }

    /** The body of a named struct type, or the name itself when the module does not define it. */
    String resolve(String type) {
        return namedTypes.getOrDefault(type, type);
    }

    /** One {@code define}/{@code declare} line; its signature as spelt, named types left named, into {@code spelled}. */
    private static Optional<Function> parseFunction(boolean defined, String line, Map<String, String> groups,
            Map<String, String> types, String body, Map<String, Signature> spelled) {
        int at = nameStart(line);
        if (at < 0) {
            return Optional.empty();
        }
        int open = at + 1;
        String name;
        if (line.startsWith("\"", open)) {
            int close = line.indexOf('"', open + 1);
            if (close < 0) {
                return Optional.empty();
            }
            name = line.substring(open + 1, close);
            open = close + 1;
        } else {
            int p = open;
            while (p < line.length() && line.charAt(p) != '(') {
                p++;
            }
            name = line.substring(open, p);
            open = p;
        }
        if (open >= line.length() || line.charAt(open) != '(') {
            return Optional.empty();
        }
        int close = IrText.closing(line, open);
        String head = line.substring(0, at).strip();
        String params = line.substring(open + 1, close);
        String tail = " " + line.substring(Math.min(close + 1, line.length())) + " ";
        StringBuilder attributes = new StringBuilder(IrText.outsideParentheses(tail));
        Matcher ref = GROUP_REF.matcher(tail);
        while (ref.find()) {
            attributes.append(groups.getOrDefault(ref.group(1), ""));
        }
        String attrs = attributes.toString();
        boolean always = attrs.contains(" alwaysinline ");
        boolean local = LOCAL_LINKAGE.matcher(head).find();
        Signature sig = Signature.of(head, params, type -> types.getOrDefault(type, type));
        spelled.put(name, Signature.of(head, params, UnaryOperator.identity()));
        Body b = defined ? body(body, attrs.contains(" noinline "), attrs.contains(" optnone ")) : Body.NONE;
        return Optional.of(new Function(name, defined, local, always, sig, b, target(attrs)));
    }

    /** The first {@code "target-cpu"} and {@code "target-features"} of a function's attributes. */
    private static CodeTarget target(String attrs) {
        Matcher cpu = TARGET_CPU.matcher(attrs);
        Matcher features = TARGET_FEATURES.matcher(attrs);
        List<String> list = features.find() && !features.group(1).isEmpty() ? List.of(features.group(1).split(","))
                : List.of();
        return new CodeTarget(cpu.find() ? cpu.group(1) : "", list);
    }

    /** What a body calls and whether it orders memory, from its instruction lines. */
    private static Body body(String text, boolean noInline, boolean optNone) {
        Set<String> calls = new TreeSet<>();
        boolean orders = false;
        for (String line : text.split("\n")) {
            Matcher c = CALL.matcher(line);
            if (c.find()) {
                String callee = c.group(1);
                calls.add(callee.startsWith("\"") ? callee.substring(1, callee.length() - 1) : callee);
            }
            orders |= ORDERING.matcher(line).find();
        }
        return new Body(calls, orders, noInline, optNone);
    }

    /** Where the function's name starts: the '@' that follows the return type. */
    private static int nameStart(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                int end = line.indexOf('"', i + 1);
                i = end < 0 ? line.length() : end;
            } else if (c == '(' || c == '{' || c == '[' || c == '<') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']' || c == '>') {
                depth--;
            } else if (c == '@' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** For tests and messages: the names of the functions, in order. */
    List<String> names() {
        return new ArrayList<>(functions.keySet());
    }
}
