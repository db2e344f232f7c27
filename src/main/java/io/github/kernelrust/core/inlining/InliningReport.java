package io.github.kernelrust.core.inlining;

import io.github.kernelrust.core.toolchain.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What happened to each helper: defined where, annotated with {@code __rust_helper} or not,
 * called by which crates, and whether any call to it is left in a final object.
 *
 * @param mode    inline or out-of-line
 * @param target  the target name
 * @param objects the final objects that were examined
 * @param helpers one entry per helper, sorted by name
 */
public record InliningReport(Mode mode, String target, List<String> objects, List<Entry> helpers, int abiChecked,
        List<String> warnings, LinkNeeds linkNeeds, List<CalleeLeft> calleesLeft) {

    /** A verdict on one helper. */
    public enum Status {
        INLINED("inlined"),
        NOT_INLINED("not inlined"),
        NOT_ANNOTATED("not annotated"),
        UNUSED("unused"),
        USED_BY_HELPERS("used by other helpers only"),
        CALLED("called out of line"),
        UNDEFINED("not defined by any helper");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** A call to a helper left in a final object. */
    public record Remaining(String object, String function) {
    }

    /**
     * A C function that an inlined helper calls, defined beside the helpers and not {@code noinline},
     * that is still called from Rust code in a final object: the helper is inlined, its callee is not
     * (C code built with the same flags would inline it, as the kernel's {@code -O2} does when it can).
     *
     * @param name    the C function
     * @param from    where the calls are
     * @param reasons LLVM's missed-inline remarks for it
     */
    public record CalleeLeft(String name, List<Remaining> from, List<String> reasons) {
        public CalleeLeft {
            from = List.copyOf(from);
            reasons = List.copyOf(reasons);
        }

        /** The same, with its remarks from {@code reasons} (callee -> remarks) when it has any there. */
        public CalleeLeft withReasonsFrom(Map<String, List<String>> reasons) {
            return new CalleeLeft(name, from, reasons.getOrDefault(name, this.reasons));
        }
    }

    /**
     * @param annotated whether it carries always-inline ({@code __rust_helper}); null when it cannot be
     *                  told (helpers compiled by cc, or a helper no helper source defines)
     * @param reasons   LLVM's own reasons for the calls it left (its missed-inline remarks)
     * @param callType  how the crates' call differs in IR type from the helper's definition (LLVM
     *                  inlines no call of another type, and says nothing), or empty
     */
    public record Entry(String name, Boolean annotated, List<String> calledBy, List<Remaining> remaining,
            Status status, List<String> reasons, String callType) {
        public Entry {
            calledBy = List.copyOf(calledBy);
            remaining = List.copyOf(remaining);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param abiChecked how many crate declarations the ABI check compared with their C definitions,
     *                   or -1 when it could not run
     * @param warnings   the compiler warnings of the steps that built this target
     * @param linkNeeds  what a final link of each object still needs from outside the build
     */
    public InliningReport {
        objects = List.copyOf(objects);
        helpers = List.copyOf(helpers);
        warnings = List.copyOf(warnings);
        calleesLeft = List.copyOf(calleesLeft);
    }

    /** The same report with LLVM's reasons (helper -> remarks) attached to the helpers they explain. */
    public InliningReport withReasons(Map<String, List<String>> reasons) {
        List<Entry> es = helpers.stream().map(e -> new Entry(e.name(), e.annotated(), e.calledBy(), e.remaining(),
                e.status(), reasons.getOrDefault(e.name(), e.reasons()), e.callType())).toList();
        List<CalleeLeft> cs = calleesLeft.stream().map(c -> c.withReasonsFrom(reasons)).toList();
        return new InliningReport(mode, target, objects, es, abiChecked, warnings, linkNeeds, cs);
    }

    /** The same report with the call types (helper -> how the call's IR type differs) of the helpers left called. */
    public InliningReport withCallTypes(Map<String, String> callTypes) {
        List<Entry> es = helpers.stream().map(e -> new Entry(e.name(), e.annotated(), e.calledBy(), e.remaining(),
                e.status(), e.reasons(), e.remaining().isEmpty() ? "" : callTypes.getOrDefault(e.name(), ""))).toList();
        return new InliningReport(mode, target, objects, es, abiChecked, warnings, linkNeeds, calleesLeft);
    }

    /** The same report with the ABI check's count and the build's warnings. */
    public InliningReport withChecks(int abi, List<String> buildWarnings) {
        return new InliningReport(mode, target, objects, helpers, abi, buildWarnings, linkNeeds, calleesLeft);
    }

    /** The same report with what a final link still needs. */
    public InliningReport withLinkNeeds(LinkNeeds needs) {
        return new InliningReport(mode, target, objects, helpers, abiChecked, warnings, needs, calleesLeft);
    }

    /** The same report with the helpers' C callees left as calls in Rust code. */
    public InliningReport withCalleesLeft(List<CalleeLeft> left) {
        return new InliningReport(mode, target, objects, helpers, abiChecked, warnings, linkNeeds, left);
    }

    /**
     * Builds the verdicts.
     *
     * @param defined   helper -> annotated (null if unknown), for every helper the helper objects define
     * @param calledBy  helper -> crates whose code calls it (before any inlining)
     * @param remaining helper -> calls left in final objects
     */
    public static InliningReport of(Mode mode, String target, List<String> objects, Map<String, Boolean> defined,
            Map<String, List<String>> calledBy, Map<String, List<Remaining>> remaining) {
        TreeMap<String, Boolean> names = new TreeMap<>();
        defined.forEach(names::put);
        calledBy.keySet().forEach(n -> names.putIfAbsent(n, null));
        remaining.keySet().forEach(n -> names.putIfAbsent(n, null));
        List<Entry> entries = new ArrayList<>();
        for (var e : names.entrySet()) {
            String name = e.getKey();
            List<String> callers = calledBy.getOrDefault(name, List.of()).stream().distinct().sorted().toList();
            List<Remaining> left = remaining.getOrDefault(name, List.of()).stream().distinct().toList();
            Status status;
            if (!defined.containsKey(name)) {
                status = Status.UNDEFINED;
            } else if (callers.isEmpty() && left.isEmpty()) {
                status = Status.UNUSED;
            } else if (callers.isEmpty() && !name.startsWith(HelperDefinitions.PREFIX)
                    && !Boolean.TRUE.equals(e.getValue())) {
                // a plain function of the helper sources that no crate calls (refcount_warn_saturate):
                // the calls left come from helper bodies, inlined with them, and are meant to stay
                status = Status.USED_BY_HELPERS;
            } else if (mode == Mode.OUT_OF_LINE) {
                status = Status.CALLED;
            } else if (left.isEmpty()) {
                status = Status.INLINED;
            } else if (Boolean.FALSE.equals(e.getValue())) {
                status = Status.NOT_ANNOTATED;
            } else {
                status = Status.NOT_INLINED;
            }
            entries.add(new Entry(name, e.getValue(), callers, left, status, List.of(), ""));
        }
        return new InliningReport(mode, target, objects, entries, -1, List.of(), LinkNeeds.NONE, List.of());
    }

    public List<Entry> with(Status status) {
        return helpers.stream().filter(h -> h.status() == status).toList();
    }

    /** "31 helpers: 29 inlined, 1 not annotated (rust_helper_foo, called from kernel::x), 1 unused". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            List<Entry> es = with(s);
            if (es.isEmpty()) {
                continue;
            }
            String part = es.size() + " " + s.text();
            if (s == Status.NOT_INLINED || s == Status.NOT_ANNOTATED || s == Status.UNDEFINED) {
                part += " (" + es.stream().map(InliningReport::describeCalls).collect(Collectors.joining("; ")) + ")";
            }
            parts.add(part);
        }
        String head = helpers.size() + (helpers.size() == 1 ? " helper" : " helpers");
        String tail = mode == Mode.OUT_OF_LINE ? " [out-of-line mode: helpers are called, not inlined]" : "";
        if (abiChecked >= 0) {
            tail += "; ABI: " + abiChecked + (abiChecked == 1 ? " declaration matches" : " declarations match")
                    + " the C definitions";
        }
        if (!calleesLeft.isEmpty()) {
            tail += "; " + calleesLeft.size() + (calleesLeft.size() == 1 ? " C function the helpers call is"
                    : " C functions the helpers call are") + " still called (" + calleesLeft.stream()
                    .map(InliningReport::describeCalls).collect(Collectors.joining("; ")) + ")";
        }
        if (!warnings.isEmpty()) {
            tail += "; " + warnings.size() + (warnings.size() == 1 ? " compiler warning" : " compiler warnings");
        }
        return head + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)) + tail;
    }

    public static String describeCalls(Entry e) {
        return e.remaining().isEmpty() ? e.name() : calledFrom(e.name(), e.remaining());
    }

    /** "_cds_wfcq_dequeue_with_state_blocking, called from wfcq_order". */
    public static String describeCalls(CalleeLeft c) {
        return calledFrom(c.name(), c.from());
    }

    private static String calledFrom(String name, List<Remaining> calls) {
        return name + ", called from " + calls.stream().map(Remaining::function).distinct()
                .collect(Collectors.joining(", "));
    }

    /** "wfcq_order (wrap_liburcu.o), ...": where calls are left, for the Markdown and the log. */
    public static String where(List<Remaining> calls) {
        return calls.stream().map(r -> r.function() + " (" + r.object() + ")").distinct()
                .collect(Collectors.joining(", "));
    }

    /** The JSON array of calls left. */
    private static String json(List<Remaining> calls) {
        return "[" + calls.stream().map(r -> "{\"object\": " + q(r.object()) + ", \"function\": " + q(r.function()) + "}")
                .collect(Collectors.joining(", ")) + "]";
    }

    /** {@code , "llvmReasons": [...]}, or nothing when LLVM gave no remark. */
    private static String jsonReasons(List<String> reasons) {
        return reasons.isEmpty() ? "" : ", \"llvmReasons\": [" + reasons.stream().map(InliningReport::q)
                .collect(Collectors.joining(", ")) + "]";
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"mode\": ").append(q(mode.id())).append(",\n");
        sb.append("  \"target\": ").append(q(target)).append(",\n");
        sb.append("  \"summary\": ").append(q(summary())).append(",\n");
        sb.append("  \"objects\": [").append(objects.stream().map(InliningReport::q).collect(Collectors.joining(", ")))
                .append("],\n");
        sb.append("  \"abiChecked\": ").append(abiChecked < 0 ? "null" : Integer.toString(abiChecked)).append(",\n");
        sb.append("  \"warnings\": [").append(warnings.stream().map(InliningReport::q)
                .collect(Collectors.joining(", "))).append("],\n");
        sb.append("  \"stillNeeds\": {").append(linkNeeds.byObject().entrySet().stream()
                .map(e -> q(e.getKey()) + ": [" + e.getValue().stream().map(InliningReport::q)
                        .collect(Collectors.joining(", ")) + "]").collect(Collectors.joining(", "))).append("},\n");
        sb.append("  \"rustLibraries\": [").append(linkNeeds.rustLibraries().stream().map(InliningReport::q)
                .collect(Collectors.joining(", "))).append("],\n");
        sb.append("  \"linkFlags\": [").append(linkNeeds.linkFlags().stream().map(InliningReport::q)
                .collect(Collectors.joining(", "))).append("],\n");
        sb.append("  \"helpers\": [");
        for (int i = 0; i < helpers.size(); i++) {
            Entry e = helpers.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"name\": ").append(q(e.name()))
                    .append(", \"annotated\": ").append(e.annotated() == null ? "null" : e.annotated().toString())
                    .append(", \"calledBy\": [")
                    .append(e.calledBy().stream().map(InliningReport::q).collect(Collectors.joining(", ")))
                    .append("], \"remainingCalls\": ").append(json(e.remaining()))
                    .append(", \"status\": ").append(q(e.status().text()))
                    .append(jsonReasons(e.reasons()))
                    .append(e.callType().isEmpty() ? "" : ", \"callType\": " + q(e.callType()))
                    .append('}');
        }
        sb.append(helpers.isEmpty() ? "]" : "\n  ]");
        sb.append(",\n  \"calleesLeft\": [").append(calleesLeft.stream().map(c -> "\n    {\"name\": " + q(c.name())
                + ", \"remainingCalls\": " + json(c.from()) + jsonReasons(c.reasons()) + "}")
                .collect(Collectors.joining(",")))
                .append(calleesLeft.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return sb.toString();
    }

    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("# Inlining report (" + target + ", " + mode.id() + " mode)\n\n");
        sb.append(summary()).append("\n\nObjects examined: ")
                .append(objects.isEmpty() ? "none" : objects.stream().map(o -> "`" + o + "`")
                        .collect(Collectors.joining(", ")))
                .append("\n\n| helper | `__rust_helper` | called by | calls left | verdict |\n|---|---|---|---|---|\n");
        for (Entry e : helpers) {
            sb.append("| `").append(e.name()).append("` | ")
                    .append(e.annotated() == null ? "?" : e.annotated() ? "yes" : "**no**").append(" | ")
                    .append(e.calledBy().isEmpty() ? "-" : String.join(", ", e.calledBy())).append(" | ")
                    .append(e.remaining().isEmpty() ? "none" : where(e.remaining()))
                    .append(" | ").append(e.status().text())
                    .append(e.reasons().isEmpty() ? "" : " (LLVM: " + String.join("; ", e.reasons()).replace("|", "\\|")
                            + ")")
                    .append(e.callType().isEmpty() ? "" : " (" + e.callType().replace("|", "\\|") + ")")
                    .append(" |\n");
        }
        if (!calleesLeft.isEmpty()) {
            sb.append("\nC functions the inlined helpers call, left as calls in Rust code (C built with the same")
                    .append(" flags could inline them):\n\n| function | calls left | LLVM |\n|---|---|---|\n");
            for (CalleeLeft c : calleesLeft) {
                sb.append("| `").append(c.name()).append("` | ").append(where(c.from()))
                        .append(" | ").append(c.reasons().isEmpty() ? "-"
                                : String.join("; ", c.reasons()).replace("|", "\\|")).append(" |\n");
            }
        }
        if (abiChecked >= 0) {
            sb.append("\nABI check: ").append(abiChecked).append(abiChecked == 1 ? " declaration" : " declarations")
                    .append(" of the crates compared with the helpers' C definitions at the LLVM IR level: all match.\n");
        }
        if (!linkNeeds.isEmpty()) {
            sb.append("\nA final link still needs what the build does not define (the crates, the helpers and")
                    .append(" core built from source are counted as defined):\n\n| object | symbols |\n|---|---|\n");
            linkNeeds.byObject().forEach((object, symbols) -> {
                int rust = linkNeeds.fromRustLibraries().getOrDefault(object, 0);
                List<String> cells = new ArrayList<>(symbols.stream().map(n -> "`" + n + "`").toList());
                if (rust > 0) {
                    cells.add(rust + " from rustc's own libraries");
                }
                sb.append("| `").append(object).append("` | ").append(cells.isEmpty() ? "none"
                        : String.join(", ", cells)).append(" |\n");
            });
            if (!linkNeeds.rustLibraries().isEmpty()) {
                sb.append("\nrustc's own libraries: ").append(linkNeeds.rustLibraries().stream().map(l -> "`" + l + "`")
                        .collect(Collectors.joining(", "))).append(".\n");
            }
            if (!linkNeeds.linkFlags().isEmpty()) {
                sb.append("\nLink flags from pkg-config (`--libs`): `").append(String.join(" ", linkNeeds.linkFlags()))
                        .append("`.\n");
            }
        }
        if (!warnings.isEmpty()) {
            sb.append("\nCompiler warnings (").append(warnings.size()).append("), as the build log shows them:\n\n");
            warnings.forEach(w -> sb.append("```\n").append(w).append("\n```\n"));
        }
        return sb.toString();
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
