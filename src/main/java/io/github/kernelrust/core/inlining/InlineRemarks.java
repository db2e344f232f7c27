package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LLVM's own reasons for leaving a call, from its missed-inline remarks
 * ({@code clang -Rpass-missed=inline}, {@code opt -pass-remarks-missed=inline}):
 * {@code remark: <unknown>:0:0: 'rust_helper_fib' not inlined into 'use_fib' because it should never
 * be inlined (cost=never): recursive call [-Rpass-missed=inline]}.
 */
public final class InlineRemarks {
    private static final Pattern REMARK = Pattern.compile(
            "(?m)^remark: .*?'([^']+)' (?:is )?not inlined into '([^']+)'(?: because |: ?)?(.*?)(?: \\[-Rpass-missed=inline\\])?\\s*$");

    private InlineRemarks() {
    }

    /** Callee -> "into CALLER: REASON" for each remark, in order, without repeats; a callee's calls to itself left out. */
    public static Map<String, List<String>> parse(String remarks) {
        Map<String, List<String>> out = new TreeMap<>();
        Matcher m = REMARK.matcher(remarks);
        while (m.find()) {
            if (m.group(1).equals(m.group(2))) {
                continue;
            }
            String reason = "not inlined into " + m.group(2) + (m.group(3).isBlank() ? "" : ": " + m.group(3).strip());
            List<String> list = out.computeIfAbsent(m.group(1), k -> new ArrayList<>());
            if (!list.contains(reason)) {
                list.add(reason);
            }
        }
        return out;
    }
}
