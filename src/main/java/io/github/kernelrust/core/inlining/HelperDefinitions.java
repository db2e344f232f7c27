package io.github.kernelrust.core.inlining;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which {@code rust_helper_*} functions helper bitcode defines, and whether each carries
 * {@code alwaysinline} (what {@code __rust_helper} gives in inline mode), from {@code llvm-dis}
 * output.
 */
public final class HelperDefinitions {
    private static final Pattern DEFINE = Pattern.compile("(?m)^define [^@]*@(rust_helper_[A-Za-z0-9_$.]+)\\((.*)$");
    private static final Pattern GROUP_REF = Pattern.compile("#(\\d+)");
    private static final Pattern GROUP = Pattern.compile("(?m)^attributes #(\\d+) = \\{(.*)\\}\\s*$");

    private HelperDefinitions() {
    }

    /** Helper name -> carries alwaysinline, sorted by name. */
    public static Map<String, Boolean> parse(String llvmDis) {
        Map<String, String> groups = new HashMap<>();
        Matcher g = GROUP.matcher(llvmDis);
        while (g.find()) {
            groups.put(g.group(1), " " + g.group(2) + " ");
        }
        Map<String, Boolean> helpers = new TreeMap<>();
        Matcher d = DEFINE.matcher(llvmDis);
        while (d.find()) {
            // attributes follow the parameter list: "...) local_unnamed_addr #0 {"; attributes such
            // as memory(none) hold parentheses too, so find the list's own closing one
            String rest = d.group(2);
            String tail = rest.substring(endOfParameters(rest) + 1);
            boolean always = tail.contains(" alwaysinline ");
            Matcher ref = GROUP_REF.matcher(tail);
            while (ref.find()) {
                always |= groups.getOrDefault(ref.group(1), "").contains(" alwaysinline ");
            }
            helpers.put(d.group(1), always);
        }
        return helpers;
    }

    /** The index of the ')' that closes a parameter list whose '(' came just before {@code s}. */
    private static int endOfParameters(String s) {
        int depth = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
