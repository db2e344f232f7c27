package io.github.kernelrust.core.inlining;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which functions the helper sources define, and whether each carries {@code alwaysinline} (what
 * {@code __rust_helper} gives in inline mode), from the helpers' bitcode: every definition another
 * module can call, whatever its name (a helper need not be called {@code rust_helper_*}), and any
 * {@code rust_helper_*} definition even when local (a {@code static} helper is a mistake the report
 * should show). The {@code static inline} functions of the headers are local and not named so:
 * they are not helpers.
 */
public final class HelperDefinitions {
    static final String PREFIX = "rust_helper_";

    private HelperDefinitions() {
    }

    /** Helper name -> carries alwaysinline, sorted by name. */
    public static Map<String, Boolean> of(IrModule helpers) {
        Map<String, Boolean> out = new TreeMap<>();
        for (IrModule.Function f : helpers.functions().values()) {
            if (f.defined() && (!f.local() || f.name().startsWith(PREFIX))) {
                out.put(f.name(), f.alwaysInline());
            }
        }
        return out;
    }

    /** {@link #of} on {@code llvm-dis} output. */
    public static Map<String, Boolean> parse(String llvmDis) {
        return of(IrModule.parse(llvmDis));
    }
}
