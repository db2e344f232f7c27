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
            Optional<String> d = valueDifference(r.get(i), k.get(i), "passes", "takes");
            if (d.isPresent()) {
                return Optional.of("argument " + (i + 1) + ": " + d.get());
            }
        }
        return valueDifference(rust.result(), c.result(), "expects", "returns").map(d -> "the result: " + d);
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
