package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bridges a crate's call whose IR type is not the helper's, although it passes the same values in
 * the same registers ({@link AbiCheck#callTypeDifference}): rustc passes a 16-byte struct whole
 * where clang splits it, two floats as {@code double} where clang writes {@code <2 x float>},
 * returns an AArch64 pair of doubles as an array. LLVM inlines only a call of the callee's own
 * type, so such a helper would stay a call.
 *
 * <p>The bridge is a copy of the helpers' IR in which the C definition is renamed
 * {@code NAME.abi} and an always-inline adapter named {@code NAME}, of the crate's type, takes the
 * values apart ({@code extractvalue}), puts them together as C takes them ({@code insertvalue},
 * {@code bitcast} between {@code double} and {@code <2 x float>}), calls {@code NAME.abi} and does
 * the same with its result ({@code zext} for a small struct that rustc returns as {@code i64}). The
 * crate's bitcode is linked with that copy instead of the helpers: the adapter is inlined, then the
 * helper, and both are gone. The crate's declarations must have passed the ABI check first.
 * Nothing is bridged that an attribute passes through memory ({@code byval}, {@code sret}, ...).
 */
public final class CallAdapter {
    /** What the C definition of a bridged helper is renamed to: {@code NAME.abi}. */
    public static final String RENAMED = ".abi";

    private static final Set<String> THROUGH_MEMORY = Set.of("byval", "sret", "inalloca", "byref", "preallocated",
            "inreg");

    private CallAdapter() {
    }

    /**
     * Every helper the crate calls with another IR type that can be bridged, with its adapter (IR
     * text of one {@code define}), in name order.
     */
    public static Map<String, String> adapters(IrModule crate, IrModule helpers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IrModule.Function decl : crate.functions().values()) {
            if (decl.defined()) {
                continue;
            }
            Optional<IrModule.Function> def = helpers.function(decl.name()).filter(f -> f.defined() && !f.local());
            if (def.isEmpty() || AbiCheck.callTypeDifference(decl.signature(), def.get().signature()).isEmpty()) {
                continue;
            }
            // the ABI check has passed: a difference left is a small struct result it accepted from the source
            Optional<String> d = AbiCheck.difference(decl.signature(), def.get().signature());
            if (d.isPresent() && !AbiCheck.onlyResultWidened(new AbiCheck.Mismatch(decl.name(), decl.signature(),
                    def.get().signature(), d.get()))) {
                continue;
            }
            Optional<Signature> rust = crate.spelled(decl.name());
            Optional<Signature> c = helpers.spelled(decl.name());
            if (rust.isPresent() && c.isPresent()) {
                adapter(decl.name(), rust.get(), crate::resolve, c.get(), helpers::resolve)
                        .ifPresent(a -> out.put(decl.name(), a));
            }
        }
        return out;
    }

    /**
     * The helpers' IR with each bridged helper renamed {@code NAME.abi} (its definition and every
     * reference) and the adapters appended.
     */
    public static String bridged(String helpersIr, Map<String, String> adapters) {
        // the ThinLTO summary (^N = ... lines) names the functions by name too, and llvm-link drops it
        // anyway; llvm-dis's ModuleID comment names the output folder, which the bytes must not depend on
        String text = helpersIr.lines().filter(l -> !l.startsWith("^") && !l.startsWith("; ModuleID"))
                .collect(Collectors.joining("\n", "", "\n"));
        for (String name : adapters.keySet()) {
            text = Pattern.compile("@" + Pattern.quote(name) + "(?![-\\w$.])").matcher(text)
                    .replaceAll(Matcher.quoteReplacement("@\"" + name + RENAMED + "\""));
        }
        StringBuilder sb = new StringBuilder(text);
        sb.append("\n; call adapters written by kernel-rust-maven-plugin: the crate's IR types, C's helper inside\n");
        for (Map.Entry<String, String> a : adapters.entrySet()) {
            // with the C definition's attribute groups: an adapter left out of line (its address taken) is
            // then code of the helper's kind (noredzone, its target features), not of the defaults
            sb.append(a.getValue().replaceFirst(Pattern.quote(") alwaysinline {"),
                    Matcher.quoteReplacement(") alwaysinline" + groups(text, a.getKey() + RENAMED) + " {"))).append('\n');
        }
        return sb.toString();
    }

    /** The attribute group references of a definition in {@code ir} ({@code " #0 #3"}), or nothing. */
    private static String groups(String ir, String name) {
        Matcher def = Pattern.compile("(?m)^define .*@\"?" + Pattern.quote(name) + "\"?\\((.*)$").matcher(ir);
        if (!def.find()) {
            return "";
        }
        String line = def.group(1);
        int close = IrText.closing("(" + line, 0) - 1;
        StringBuilder sb = new StringBuilder();
        Matcher g = Pattern.compile("#\\d+").matcher(close < 0 ? "" : line.substring(Math.min(close + 1, line.length())));
        while (g.find()) {
            Matcher group = Pattern.compile("(?m)^attributes " + g.group() + " = \\{(.*)\\}\\s*$").matcher(ir);
            if (group.find() && (" " + group.group(1) + " ").matches(".*\\s(noinline|optnone)\\s.*")) {
                return ""; // a helper built not to be inlined (-O0): alwaysinline and noinline do not go together
            }
            sb.append(' ').append(g.group());
        }
        return sb.toString();
    }

    /** The adapter's IR, or empty when some value cannot be bridged. */
    static Optional<String> adapter(String name, Signature rust, UnaryOperator<String> rustTypes, Signature c,
            UnaryOperator<String> cTypes) {
        if (rust.variadic() || c.variadic() || throughMemory(rust) || throughMemory(c)
                || mentionsNamedType(rust)) {
            return Optional.empty();
        }
        Body body = new Body();
        List<String> params = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < rust.params().size(); i++) {
            String type = rust.params().get(i).type();
            params.add(type + extension(rust.params().get(i)) + " %a" + i);
            body.split("%a" + i, type, rustTypes, leaves);
        }
        Iterator<Leaf> next = leaves.iterator();
        List<String> args = new ArrayList<>();
        for (Signature.Value p : c.params()) {
            Optional<String> v = body.build(p.type(), cTypes, next, false);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            args.add(p.type() + extension(p) + " " + v.get());
        }
        if (next.hasNext()) {
            return Optional.empty();
        }
        String call = "call " + c.result().type() + " @\"" + name + RENAMED + "\"(" + String.join(", ", args) + ")";
        String ret;
        if (c.result().type().equals("void")) {
            if (!rust.result().type().equals("void")) {
                return Optional.empty();
            }
            body.line(call);
            ret = "ret void";
        } else if (c.result().type().equals(rust.result().type())) {
            body.line("%r = " + call);
            ret = "ret " + rust.result().type() + " %r";
        } else {
            body.line("%r = " + call);
            List<Leaf> results = new ArrayList<>();
            body.split("%r", c.result().type(), cTypes, results);
            Iterator<Leaf> back = results.iterator();
            Optional<String> v = body.build(rust.result().type(), rustTypes, back, true);
            if (v.isEmpty() || back.hasNext()) {
                return Optional.empty();
            }
            ret = "ret " + rust.result().type() + " " + v.get();
        }
        body.line(ret);
        String resultExt = String.join(" ", rust.result().extension());
        return Optional.of("define " + (resultExt.isEmpty() ? "" : resultExt + " ") + rust.result().type() + " @\""
                + name + "\"(" + String.join(", ", params) + ") alwaysinline {\n" + body.text + "}\n");
    }

    /** " zeroext" or " signext" for a value that carries one, else nothing. */
    private static String extension(Signature.Value v) {
        String ext = String.join(" ", v.extension());
        return ext.isEmpty() ? "" : " " + ext;
    }

    private static boolean throughMemory(Signature s) {
        return s.result().abi().stream().anyMatch(THROUGH_MEMORY::contains)
                || s.params().stream().anyMatch(p -> p.abi().stream().anyMatch(THROUGH_MEMORY::contains));
    }

    /** The adapter lives in the helpers' module, which does not define the crate's named types. */
    private static boolean mentionsNamedType(Signature rust) {
        return rust.result().type().contains("%") || rust.params().stream().anyMatch(p -> p.type().contains("%"));
    }

    /** A scalar taken out of an aggregate, or an aggregate's place: its value and its type. */
    private record Leaf(String value, String type) {
    }

    /** The adapter's instructions, with fresh value names. */
    private static final class Body {
        private final StringBuilder text = new StringBuilder();
        private int fresh;

        void line(String instruction) {
            text.append("  ").append(instruction).append('\n');
        }

        private String temp() {
            return "%t" + fresh++;
        }

        /** The scalars of {@code value} (of {@code type}), taken out in order. */
        void split(String value, String type, UnaryOperator<String> types, List<Leaf> out) {
            List<String> parts = parts(type, types);
            if (parts == null) {
                out.add(new Leaf(value, type));
                return;
            }
            for (int i = 0; i < parts.size(); i++) {
                String t = temp();
                line(t + " = extractvalue " + type + " " + value + ", " + i);
                split(t, parts.get(i), types, out);
            }
        }

        /** A value of {@code type} put together from the next scalars, or empty when they do not fit. */
        Optional<String> build(String type, UnaryOperator<String> types, Iterator<Leaf> next, boolean result) {
            List<String> parts = parts(type, types);
            if (parts == null) {
                if (!next.hasNext()) {
                    return Optional.empty();
                }
                Leaf leaf = next.next();
                if (leaf.type().equals(type)) {
                    return Optional.of(leaf.value());
                }
                String t = temp();
                if (AbiCheck.sameRegister(leaf.type(), type)) {
                    line(t + " = bitcast " + leaf.type() + " " + leaf.value() + " to " + type);
                    return Optional.of(t);
                }
                if (result && AbiCheck.widened(type, leaf.type())) {
                    // a small struct rustc returns in a whole register: the upper bits are not the struct's
                    line(t + " = zext " + leaf.type() + " " + leaf.value() + " to i64");
                    return Optional.of(t);
                }
                return Optional.empty();
            }
            String acc = "poison";
            for (int i = 0; i < parts.size(); i++) {
                Optional<String> v = build(parts.get(i), types, next, result);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                String t = temp();
                line(t + " = insertvalue " + type + " " + acc + ", " + parts.get(i) + " " + v.get() + ", " + i);
                acc = t;
            }
            return Optional.of(acc);
        }

        /** The element types of a struct or array (a named struct through its body), or null for a scalar. */
        private static List<String> parts(String type, UnaryOperator<String> types) {
            return Signature.elements(type.startsWith("%") ? types.apply(type).strip() : type);
        }
    }
}
