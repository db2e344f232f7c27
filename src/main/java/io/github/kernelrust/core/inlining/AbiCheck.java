package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what a crate declares with what the helpers define, at the LLVM IR level: a Rust
 * {@code extern "C"} declaration whose types differ from the C definition compiles, links and is
 * even inlined, then passes its arguments wrongly. Both sides are lowered to the same target's
 * calling convention by their compilers, so equal IR signatures mean equal ABIs; the comparison
 * only evens out the ways two compilers may spell one ABI (a struct by value as one aggregate or as
 * its fields; a named struct or its body; an extension attribute on a result that one side leaves
 * off).
 */
public final class AbiCheck {

    /**
     * A declaration that does not match its definition.
     *
     * @param name       the symbol
     * @param rust       the crate's declaration
     * @param c          the helpers' definition
     * @param difference what differs, in words
     */
    public record Mismatch(String name, Signature rust, Signature c, String difference) {
    }

    private AbiCheck() {
    }

    /** Every declaration of {@code crate} that a helper defines, compared with its definition. */
    public static List<Mismatch> compare(IrModule crate, IrModule helpers) {
        List<Mismatch> out = new ArrayList<>();
        for (IrModule.Function decl : crate.functions().values()) {
            if (decl.defined()) {
                continue;
            }
            Optional<IrModule.Function> def = helpers.function(decl.name())
                    .filter(f -> f.defined() && !f.local());
            if (def.isEmpty()) {
                continue;
            }
            difference(decl.signature(), def.get().signature())
                    .ifPresent(d -> out.add(new Mismatch(decl.name(), decl.signature(), def.get().signature(), d)));
        }
        return out;
    }

    /** How a Rust declaration differs from the C definition, or empty when they pass values alike. */
    public static Optional<String> difference(Signature rust, Signature c) {
        if (rust.variadic() != c.variadic()) {
            return Optional.of(c.variadic() ? "C takes a variable argument list (...), the Rust declaration does not"
                    : "the Rust declaration takes a variable argument list (...), C does not");
        }
        List<Signature.Value> r = rust.flatParams();
        List<Signature.Value> k = c.flatParams();
        if (r.size() != k.size()) {
            return Optional.of("Rust passes " + count(r.size()) + ", C takes " + count(k.size()));
        }
        for (int i = 0; i < r.size(); i++) {
            Optional<String> d = valueDifference(sameRegisterAs(r.get(i), k.get(i)), k.get(i), "passes", "takes");
            if (d.isPresent()) {
                return Optional.of("argument " + (i + 1) + ": " + d.get());
            }
        }
        Signature.Value rr = rust.result();
        Signature.Value cr = c.result();
        if (!rr.type().equals(cr.type()) && sameScalars(rr.type(), cr.type())) {
            // the same scalars come back in the same registers, as an array or as a struct
            rr = new Signature.Value(cr.type(), rr.abi());
        }
        return valueDifference(sameRegisterAs(rr, cr), cr, "expects", "returns").map(d -> "the result: " + d);
    }

    /**
     * Whether two types are passed in the same registers by their scalars: an array or a struct of
     * them, or one SSE register's 8 bytes spelt as {@code double} (rustc, for two floats of a
     * struct on x86-64) or {@code <2 x float>} (clang).
     */
    private static boolean sameScalars(String rust, String c) {
        List<String> rs = Signature.scalars(rust);
        List<String> cs = Signature.scalars(c);
        if (rs.size() != cs.size()) {
            return false;
        }
        for (int i = 0; i < rs.size(); i++) {
            if (!rs.get(i).equals(cs.get(i)) && !sameRegister(rs.get(i), cs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** One 8-byte SSE register, as rustc and clang spell it for two floats of a struct on x86-64. */
    static boolean sameRegister(String a, String b) {
        return !a.equals(b) && Set.of(a, b).equals(Set.of("double", "<2 x float>"));
    }

    /** {@code rust} with C's type where the two differ only in how they spell one register. */
    private static Signature.Value sameRegisterAs(Signature.Value rust, Signature.Value c) {
        return sameRegister(rust.type(), c.type()) ? new Signature.Value(c.type(), rust.abi()) : rust;
    }

    /**
     * Whether only the result differs, as a small struct returned in one register: rustc returns it
     * as {@code i64} on AArch64, clang as an integer of the struct's size ({@code i32} for
     * {@code struct { short a; char b; }}). The IR alone cannot tell that from a {@code u64}
     * declared for C's {@code unsigned int}: the caller asks whether Rust's result type is a struct.
     */
    public static boolean onlyResultWidened(Mismatch m) {
        String c = m.c().result().type();
        if (!widened(m.rust().result().type(), c)) {
            return false;
        }
        Signature asC = new Signature(new Signature.Value(c, m.rust().result().abi()), m.rust().params(),
                m.rust().variadic());
        return difference(asC, m.c()).isEmpty();
    }

    /** A small struct's result as rustc returns it on AArch64 ({@code i64}) against clang's integer of its size. */
    static boolean widened(String rust, String c) {
        return rust.equals("i64") && c.matches("i(8|16|24|32|40|48|56)");
    }

    /** What {@link #callTypeDifference} means, and what to do about it. */
    public static final String CALL_TYPE_ADVICE = "Where the call's IR type is not the helper's, the values still"
            + " reach the same registers, so the call is right, but LLVM inlines only a call of the callee's own IR type."
            + " rustc and clang spell some structs by value differently: on x86-64 a struct of 9 to 16 bytes (rustc"
            + " passes it whole, clang split in two) and two floats (rustc: double, clang: <2 x float>); on AArch64 a"
            + " struct returned (rustc: an array of its doubles or floats, or an i64 for a small one; clang: the struct,"
            + " or an integer of its size). Pass such a struct through a pointer: a helper that takes a const pointer to"
            + " it, or writes its result through one.";

    /**
     * Why LLVM leaves a call to a helper whose declaration passes values as the definition does:
     * the call's IR type is not the callee's, and LLVM inlines only a call of the callee's own type.
     * Empty when the types are the same.
     */
    public static Optional<String> callTypeDifference(Signature rust, Signature c) {
        List<String> rp = rust.params().stream().map(Signature.Value::type).toList();
        List<String> cp = c.params().stream().map(Signature.Value::type).toList();
        if (rp.equals(cp) && rust.result().type().equals(c.result().type())) {
            return Optional.empty();
        }
        String what = rp.equals(cp) ? "Rust expects " + rust.result().type() + ", C returns " + c.result().type()
                : "Rust passes (" + String.join(", ", rp) + "), C takes (" + String.join(", ", cp) + ")";
        return Optional.of("the call's IR type is not the helper's: " + what);
    }

    /**
     * The IR type of C's {@code long double} when the signature passes one ({@code x86_fp80} on
     * x86-64, {@code fp128} on AArch64), alone or in a struct: stable Rust has no such type.
     */
    public static Optional<String> typeRustLacks(Signature c) {
        List<Signature.Value> values = new ArrayList<>(c.params());
        values.add(c.result());
        return values.stream().flatMap(v -> Signature.scalars(v.type()).stream())
                .filter(t -> t.equals("x86_fp80") || t.equals("fp128") || t.equals("ppc_fp128")).findFirst();
    }

    private static Optional<String> valueDifference(Signature.Value rust, Signature.Value c, String rustVerb,
            String cVerb) {
        if (!rust.type().equals(c.type())) {
            return Optional.of("Rust " + rustVerb + " " + rust.type() + ", C " + cVerb + " " + c.type()
                    + hint(rust.type(), c.type()));
        }
        if (!rust.passing().equals(c.passing())) {
            return Optional.of("Rust " + rustVerb + " it " + passing(rust.passing()) + ", C " + cVerb + " it "
                    + passing(c.passing()));
        }
        Set<String> re = rust.extension();
        Set<String> ce = c.extension();
        // a side without the attribute makes no promise about the upper bits (rustc leaves it off
        // results; AArch64 leaves it off everything): only two different promises conflict
        if (!re.isEmpty() && !ce.isEmpty() && !re.equals(ce)) {
            return Optional.of("Rust " + rustVerb + " " + signedness(re) + " " + rust.type() + ", C " + cVerb + " "
                    + signedness(ce) + " " + c.type());
        }
        return Optional.empty();
    }

    private static String hint(String rust, String c) {
        if (rust.equals("ptr") != c.equals("ptr")) {
            // a C __transparent_union__ is passed as its first member; a Rust union of pointers as an integer
            return " (a pointer on one side only: a pointer declared as an integer, arguments in another order, or a"
                    + " C __transparent_union__, which C passes as its first member: declare that member's type)";
        }
        if (rust.equals("i1") || c.equals("i1")) {
            return " (a bool on one side only: C's bool is Rust's bool, C's int is i32)";
        }
        if (rust.matches("i\\d+") && c.matches("i\\d+")) {
            return " (integers of different widths: e.g. u64 for unsigned int, or i32 for Py_ssize_t)";
        }
        return "";
    }

    private static String passing(Set<String> attrs) {
        return attrs.isEmpty() ? "directly" : String.join(" ", attrs);
    }

    private static String signedness(Set<String> ext) {
        return ext.contains("signext") ? "signed (signext)" : "unsigned (zeroext)";
    }

    private static String count(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }
}
