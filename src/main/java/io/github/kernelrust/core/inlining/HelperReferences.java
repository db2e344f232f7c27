package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every reference to a {@code rust_helper_*} symbol left in an object, and the function
 * that holds it, from {@code objdump -dr -C} output (LLVM's or GNU's): direct calls to a local
 * definition ({@code callq 0x50 <rust_helper_x>}), and relocations against an undefined one
 * ({@code R_X86_64_PLT32 rust_helper_x-0x4}, {@code R_AARCH64_CALL26 rust_helper_x}, the GOT
 * loads of position-independent calls; with {@code -ffunction-sections} the relocation names the
 * section, {@code .text.rust_helper_x}). A relocation decides what an instruction refers to:
 * the symbolized target objdump prints can be a neighbour (a call to a {@code noreturn} function
 * at the end of a function shows the next function's name). Jumps inside a helper's own body are
 * not references.
 */
public final class HelperReferences {
    private static final Pattern FUNCTION = Pattern.compile("^[0-9a-fA-F]+ <(.+)>:\\s*$");
    private static final Pattern TARGET = Pattern.compile("<([A-Za-z_.$][A-Za-z0-9_$.]*)(?:[+-]0x[0-9a-fA-F]+)?>");
    private static final Pattern RELOCATION = Pattern.compile("\\bR_[A-Z0-9_]+\\s+(\\S+?)(?:[+-]0x[0-9a-fA-F]+)?\\s*$");
    private static final Pattern SECTION_SYMBOL = Pattern.compile("(?:\\.text\\.)?([A-Za-z_$][A-Za-z0-9_$.]*)");
    private static final Pattern RUST_HASH = Pattern.compile("::h[0-9a-f]{16}$");

    /** A remaining reference: which helper, from which function. */
    public record Reference(String helper, String function) {
    }

    private HelperReferences() {
    }

    /** References to {@code rust_helper_*} symbols. */
    public static List<Reference> parse(String objdump) {
        return parse(objdump, name -> name.startsWith(HelperDefinitions.PREFIX));
    }

    /** References to the symbols {@code isHelper} accepts (every function the helper sources define). */
    public static List<Reference> parse(String objdump, Predicate<String> isHelper) {
        Set<Reference> refs = new LinkedHashSet<>();
        String function = "?";
        String pending = null; // the symbolized target of the last instruction, unless a relocation follows
        for (String line : objdump.split("\n")) {
            Matcher r = RELOCATION.matcher(line);
            if (r.find()) {
                pending = null;
                Matcher h = SECTION_SYMBOL.matcher(r.group(1));
                add(refs, h.matches() && isHelper.test(h.group(1)) ? h.group(1) : null, function);
                continue;
            }
            add(refs, pending, function);
            pending = null;
            Matcher f = FUNCTION.matcher(line);
            if (f.matches()) {
                function = demangled(f.group(1));
                continue;
            }
            Matcher t = TARGET.matcher(line);
            if (t.find() && isHelper.test(t.group(1))) {
                pending = t.group(1);
            }
        }
        add(refs, pending, function);
        return new ArrayList<>(refs);
    }

    private static void add(Set<Reference> refs, String helper, String function) {
        if (helper != null && !helper.equals(function)) {
            refs.add(new Reference(helper, function));
        }
    }

    /** objdump -C's name, without the legacy Rust hash and with the escapes llvm-objdump leaves. */
    static String demangled(String name) {
        String n = RUST_HASH.matcher(name).replaceFirst("");
        if (!n.contains("$")) {
            return n;
        }
        // a legacy path component that starts with an escape carries a leading '_'
        n = n.replace("::_$", "::$");
        if (n.startsWith("_$")) {
            n = n.substring(1);
        }
        return n.replace("$LT$", "<").replace("$GT$", ">").replace("$u20$", " ").replace("$RF$", "&")
                .replace("$BP$", "*").replace("$C$", ",").replace("$u7b$", "{").replace("$u7d$", "}")
                .replace("$u5b$", "[").replace("$u5d$", "]").replace("$u27$", "'").replace("$SP$", "@")
                .replace("..", "::");
    }
}
