package io.github.kernelrust.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every reference to a {@code rust_helper_*} symbol left in an object, and the function
 * that holds it, from {@code objdump -dr -C} output (LLVM's or GNU's): direct calls to a local
 * definition ({@code callq 0x50 <rust_helper_x>}), and relocations against an undefined one
 * ({@code R_X86_64_PLT32 rust_helper_x-0x4}, {@code R_AARCH64_CALL26 rust_helper_x}, the GOT
 * loads of position-independent calls). Jumps inside a helper's own body are not references.
 */
public final class HelperReferences {
    private static final Pattern FUNCTION = Pattern.compile("^[0-9a-fA-F]+ <(.+)>:\\s*$");
    private static final Pattern TARGET = Pattern.compile("<(rust_helper_[A-Za-z0-9_$.]+)(?:[+-]0x[0-9a-fA-F]+)?>");
    private static final Pattern RELOCATION = Pattern.compile(
            "\\bR_[A-Z0-9_]+\\s+(rust_helper_[A-Za-z0-9_$.]+)(?:[+-]0x[0-9a-fA-F]+)?\\s*$");
    private static final Pattern RUST_HASH = Pattern.compile("::h[0-9a-f]{16}$");

    /** A remaining reference: which helper, from which function. */
    public record Reference(String helper, String function) {
    }

    private HelperReferences() {
    }

    public static List<Reference> parse(String objdump) {
        Set<Reference> refs = new LinkedHashSet<>();
        String function = "?";
        for (String line : objdump.split("\n")) {
            Matcher f = FUNCTION.matcher(line);
            if (f.matches()) {
                function = RUST_HASH.matcher(f.group(1)).replaceFirst("");
                continue;
            }
            String helper = null;
            Matcher r = RELOCATION.matcher(line);
            if (r.find()) {
                helper = r.group(1);
            } else {
                Matcher t = TARGET.matcher(line);
                if (t.find()) {
                    helper = t.group(1);
                }
            }
            if (helper != null && !helper.equals(function)) {
                refs.add(new Reference(helper, function));
            }
        }
        return new ArrayList<>(refs);
    }
}
