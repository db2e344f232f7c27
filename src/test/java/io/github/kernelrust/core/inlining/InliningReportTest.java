package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import io.github.kernelrust.core.inlining.InliningReport.Entry;
import io.github.kernelrust.core.inlining.InliningReport.Remaining;
import io.github.kernelrust.core.inlining.InliningReport.Status;
import io.github.kernelrust.core.toolchain.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InliningReportTest {

    private static final String A = "rust_helper_a";
    private static final String B = "rust_helper_b";
    private static final String C = "rust_helper_c";
    private static final String D = "rust_helper_d";
    private static final String E = "rust_helper_e";

    /** One helper of each inline-mode verdict, given in an order that is not the report's. */
    private static InliningReport everyInlineVerdict() {
        Map<String, Boolean> defined = new LinkedHashMap<>();
        defined.put(D, true);
        defined.put(C, false);
        defined.put(B, true);
        defined.put(A, true);
        Map<String, List<String>> calledBy = new LinkedHashMap<>();
        calledBy.put(E, List.of("drivers"));
        calledBy.put(C, List.of("kernel"));
        calledBy.put(B, List.of("kernel", "alloc", "kernel"));
        calledBy.put(A, List.of("kernel"));
        Map<String, List<Remaining>> remaining = new LinkedHashMap<>();
        remaining.put(B, List.of(new Remaining("kernel.o", "kernel::x"), new Remaining("alloc.o", "alloc::y"),
                new Remaining("kernel.o", "kernel::x")));
        remaining.put(C, List.of(new Remaining("kernel.o", "kernel::z")));
        remaining.put(E, List.of(new Remaining("drivers.o", "drivers::w")));
        return InliningReport.of(Mode.INLINE, "x86_64", List.of("alloc.o", "kernel.o", "drivers.o"), defined,
                calledBy, remaining);
    }

    private static InliningReport oneInlined() {
        return InliningReport.of(Mode.INLINE, "x86_64", List.of("kernel.o"), Map.of(A, true),
                Map.of(A, List.of("kernel")), Map.of());
    }

    @Test
    void givesEachHelperItsVerdictSortedByName() {
        InliningReport r = everyInlineVerdict();

        assertEquals(List.of(A, B, C, D, E), r.helpers().stream().map(Entry::name).toList());
        assertEquals(List.of(Status.INLINED, Status.NOT_INLINED, Status.NOT_ANNOTATED, Status.UNUSED,
                Status.UNDEFINED), r.helpers().stream().map(Entry::status).toList());
        assertEquals(Arrays.asList(true, true, false, true, null),
                r.helpers().stream().map(Entry::annotated).toList());
    }

    @Test
    void sortsAndDeduplicatesCallersAndDeduplicatesRemainingCallsInTheirOrder() {
        Entry b = everyInlineVerdict().helpers().get(1);

        assertEquals(List.of("alloc", "kernel"), b.calledBy());
        assertEquals(List.of(new Remaining("kernel.o", "kernel::x"), new Remaining("alloc.o", "alloc::y")),
                b.remaining());
    }

    @Test
    void aPlainFunctionOfTheHelpersThatOnlyHelpersCallIsUsedByHelpersNotAFailure() {
        // refcount_warn_saturate: defined with the helpers, out of line on purpose, called from the
        // helper bodies that were inlined into Rust
        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", List.of("k.o"),
                Map.of("refcount_warn_saturate", false, A, true), Map.of(A, List.of("k")),
                Map.of("refcount_warn_saturate", List.of(new Remaining("k.o", "k::loop"))));

        assertEquals(List.of(Status.USED_BY_HELPERS, Status.INLINED), r.helpers().stream().map(Entry::status).toList());
        assertEquals("2 helpers: 1 inlined, 1 used by other helpers only", r.summary());
    }

    @Test
    void anUnprefixedHelperThatACrateCallsIsJudgedLikeAnyOther() {
        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", List.of("k.o"), Map.of("my_inc", false),
                Map.of("my_inc", List.of("k")), Map.of("my_inc", List.of(new Remaining("k.o", "k::f"))));

        assertEquals(List.of(Status.NOT_ANNOTATED), r.helpers().stream().map(Entry::status).toList());
    }

    @Test
    void aHelperWithACallLeftButNoCallingCrateIsNotUnused() {
        // e.g. called only by another helper that stayed out of line
        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", List.of("k.o"), Map.of(A, true, B, false),
                Map.of(), Map.of(A, List.of(new Remaining("k.o", "rust_helper_b")),
                        B, List.of(new Remaining("k.o", "rust_helper_a"))));

        assertEquals(List.of(Status.NOT_INLINED, Status.NOT_ANNOTATED),
                r.helpers().stream().map(Entry::status).toList());
    }

    @Test
    void outOfLineModeCallsEveryUsedHelperOutOfLine() {
        Map<String, Boolean> defined = new HashMap<>();
        defined.put(A, null);
        defined.put(B, null);
        defined.put(C, null);
        InliningReport r = InliningReport.of(Mode.OUT_OF_LINE, "aarch64", List.of("kernel.o"), defined,
                Map.of(A, List.of("kernel"), C, List.of("kernel"), E, List.of("kernel")),
                Map.of(A, List.of(new Remaining("kernel.o", "kernel::x"))));

        assertEquals(List.of(Status.CALLED, Status.UNUSED, Status.CALLED, Status.UNDEFINED),
                r.helpers().stream().map(Entry::status).toList());
        assertEquals(Arrays.asList(null, null, null, null), r.helpers().stream().map(Entry::annotated).toList());
        assertEquals("4 helpers: 1 unused, 2 called out of line, 1 not defined by any helper (rust_helper_e)"
                + " [out-of-line mode: helpers are called, not inlined]", r.summary());
    }

    @Test
    void summarisesEveryVerdictInStatusOrderNamingTheCallsLeft() {
        assertEquals("5 helpers: 1 inlined, 1 not inlined (rust_helper_b, called from kernel::x, alloc::y),"
                + " 1 not annotated (rust_helper_c, called from kernel::z), 1 unused,"
                + " 1 not defined by any helper (rust_helper_e, called from drivers::w)",
                everyInlineVerdict().summary());
    }

    @Test
    void summarisesTheKernelSeriesExample() {
        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", List.of("kernel.o"),
                Map.of("rust_helper_bar", true, "rust_helper_foo", false, "rust_helper_baz", true),
                Map.of("rust_helper_bar", List.of("kernel"), "rust_helper_foo", List.of("kernel")),
                Map.of("rust_helper_foo", List.of(new Remaining("kernel.o", "kernel::x"))));

        assertEquals("3 helpers: 1 inlined, 1 not annotated (rust_helper_foo, called from kernel::x), 1 unused",
                r.summary());
    }

    @Test
    void joinsSeveralHelpersOfOneVerdictWithSemicolonsAndNamesEachFunctionOnce() {
        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", List.of("a.o", "b.o"), Map.of(A, true, B, true),
                Map.of(A, List.of("a"), B, List.of("b")),
                Map.of(A, List.of(new Remaining("a.o", "a::f"), new Remaining("b.o", "a::f")),
                        B, List.of(new Remaining("b.o", "b::g"), new Remaining("b.o", "b::h"))));

        assertEquals("2 helpers: 2 not inlined (rust_helper_a, called from a::f; rust_helper_b, called from b::g, b::h)",
                r.summary());
    }

    @Test
    void saysHelperInTheSingularAndNothingMoreWhenThereAreNone() {
        assertEquals("1 helper: 1 inlined", oneInlined().summary());
        assertEquals("0 helpers", InliningReport.of(Mode.INLINE, "x86_64", List.of(), Map.of(), Map.of(), Map.of())
                .summary());
        assertEquals("0 helpers [out-of-line mode: helpers are called, not inlined]",
                InliningReport.of(Mode.OUT_OF_LINE, "x86_64", List.of(), Map.of(), Map.of(), Map.of()).summary());
    }

    @Test
    void filtersByVerdict() {
        InliningReport r = everyInlineVerdict();

        assertEquals(List.of(B), r.with(Status.NOT_INLINED).stream().map(Entry::name).toList());
        assertEquals(List.of(), r.with(Status.CALLED));
    }

    @Test
    void isImmutable() {
        List<String> objects = new ArrayList<>(List.of("k.o"));
        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", objects, Map.of(A, true), Map.of(), Map.of());
        objects.add("other.o");

        assertEquals(List.of("k.o"), r.objects());
        assertThrows(UnsupportedOperationException.class, () -> r.helpers().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.objects().clear());
    }

    @Test
    void writesJsonForASmallReportExactly() {
        assertEquals("""
                {
                  "mode": "inline",
                  "target": "x86_64",
                  "summary": "1 helper: 1 inlined",
                  "objects": ["kernel.o"],
                  "abiChecked": null,
                  "warnings": [],
                  "stillNeeds": {},
                  "rustLibraries": [],
                  "linkFlags": [],
                  "helpers": [
                    {"name": "rust_helper_a", "annotated": true, "calledBy": ["kernel"], "remainingCalls": [], \
                "status": "inlined"}
                  ],
                  "calleesLeft": []
                }
                """, oneInlined().toJson());
    }

    @Test
    void writesJsonForAnEmptyReportExactly() {
        assertEquals("""
                {
                  "mode": "out-of-line",
                  "target": "aarch64",
                  "summary": "0 helpers [out-of-line mode: helpers are called, not inlined]",
                  "objects": [],
                  "abiChecked": null,
                  "warnings": [],
                  "stillNeeds": {},
                  "rustLibraries": [],
                  "linkFlags": [],
                  "helpers": [],
                  "calleesLeft": []
                }
                """, InliningReport.of(Mode.OUT_OF_LINE, "aarch64", List.of(), Map.of(), Map.of(), Map.of()).toJson());
    }

    @Test
    void writesValidJsonHoldingEveryField() {
        InliningReport r = everyInlineVerdict();

        Map<?, ?> json = (Map<?, ?>) Json.parse(r.toJson());

        assertEquals("inline", json.get("mode"));
        assertEquals("x86_64", json.get("target"));
        assertEquals(r.summary(), json.get("summary"));
        assertEquals(List.of("alloc.o", "kernel.o", "drivers.o"), json.get("objects"));
        List<?> helpers = (List<?>) json.get("helpers");
        assertEquals(5, helpers.size());
        Map<?, ?> b = (Map<?, ?>) helpers.get(1);
        assertEquals(List.of("name", "annotated", "calledBy", "remainingCalls", "status"), new ArrayList<>(b.keySet()));
        assertEquals(B, b.get("name"));
        assertEquals(true, b.get("annotated"));
        assertEquals(List.of("alloc", "kernel"), b.get("calledBy"));
        assertEquals(List.of(Map.of("object", "kernel.o", "function", "kernel::x"),
                Map.of("object", "alloc.o", "function", "alloc::y")), b.get("remainingCalls"));
        assertEquals("not inlined", b.get("status"));
        assertEquals(false, ((Map<?, ?>) helpers.get(2)).get("annotated"));
        Map<?, ?> e = (Map<?, ?>) helpers.get(4);
        assertTrue(e.containsKey("annotated"));
        assertNull(e.get("annotated"));
        assertEquals("not defined by any helper", e.get("status"));
    }

    @Test
    void aCallTypeDifferenceIsKeptForHelpersLeftCalledOnly() {
        String why = "the call's IR type is not the helper's: Rust passes ({ i64, i64 }), C takes (i64, i64)";
        InliningReport r = everyInlineVerdict().withCallTypes(Map.of(B, why, A, why));

        Map<?, ?> json = (Map<?, ?>) Json.parse(r.toJson());
        List<?> helpers = (List<?>) json.get("helpers");
        Map<?, ?> b = (Map<?, ?>) helpers.get(1);
        assertEquals(B, b.get("name"));
        assertEquals(why, b.get("callType"));
        // A was inlined: a difference in a call that is gone says nothing
        Map<?, ?> a = (Map<?, ?>) helpers.get(0);
        assertEquals(A, a.get("name"));
        assertFalse(a.containsKey("callType"));
        assertTrue(r.toMarkdown().contains("| not inlined (" + why + ") |"), r.toMarkdown());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInJson() {
        String target = "x86\"64\\weird";
        String object = "dir\\a \"b\".o";
        String function = "<k::S as core::fmt::Debug>::fmt\t\u0001";
        InliningReport r = InliningReport.of(Mode.INLINE, target, List.of(object), Map.of(A, true),
                Map.of(A, List.of("crate\"q")), Map.of(A, List.of(new Remaining(object, function))));

        String text = r.toJson();
        assertTrue(text.contains("\"target\": \"x86\\\"64\\\\weird\","), text);
        assertTrue(text.contains("\"function\": \"<k::S as core::fmt::Debug>::fmt\\t\\u0001\""), text);

        Map<?, ?> json = (Map<?, ?>) Json.parse(text);
        assertEquals(target, json.get("target"));
        assertEquals(List.of(object), json.get("objects"));
        Map<?, ?> a = (Map<?, ?>) ((List<?>) json.get("helpers")).get(0);
        assertEquals(List.of("crate\"q"), a.get("calledBy"));
        assertEquals(List.of(Map.of("object", object, "function", function)), a.get("remainingCalls"));
        assertEquals(r.summary(), json.get("summary"));
        assertTrue(r.summary().contains(function));
    }

    @Test
    void writesMarkdownForASmallReportExactly() {
        assertEquals("""
                # Inlining report (x86_64, inline mode)

                1 helper: 1 inlined

                Objects examined: `kernel.o`

                | helper | `__rust_helper` | called by | calls left | verdict |
                |---|---|---|---|---|
                | `rust_helper_a` | yes | kernel | none | inlined |
                """, oneInlined().toMarkdown());
    }

    @Test
    void writesOneMarkdownRowPerHelper() {
        InliningReport r = everyInlineVerdict();
        String md = r.toMarkdown();

        List<String> rows = md.lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals(r.helpers().size(), rows.size());
        assertEquals(List.of(
                "| `rust_helper_a` | yes | kernel | none | inlined |",
                "| `rust_helper_b` | yes | alloc, kernel | kernel::x (kernel.o), alloc::y (alloc.o) | not inlined |",
                "| `rust_helper_c` | **no** | kernel | kernel::z (kernel.o) | not annotated |",
                "| `rust_helper_d` | yes | - | none | unused |",
                "| `rust_helper_e` | ? | drivers | drivers::w (drivers.o) | not defined by any helper |"), rows);
        assertTrue(md.startsWith("# Inlining report (x86_64, inline mode)\n\n" + r.summary() + "\n\n"
                + "Objects examined: `alloc.o`, `kernel.o`, `drivers.o`\n\n"), md);
        assertTrue(InliningReport.of(Mode.OUT_OF_LINE, "aarch64", List.of(), Map.of(), Map.of(), Map.of())
                .toMarkdown().contains("(aarch64, out-of-line mode)\n\n0 helpers [out-of-line mode: helpers are called,"
                        + " not inlined]\n\nObjects examined: none\n\n"));
    }

    @Test
    void writesTheSameJsonAndMarkdownForTheSameInputWhateverTheMapOrder() {
        InliningReport first = everyInlineVerdict();
        InliningReport again = everyInlineVerdict();
        Map<String, Boolean> defined = new HashMap<>();
        first.helpers().stream().filter(h -> h.status() != Status.UNDEFINED).forEach(h -> defined.put(h.name(),
                h.annotated()));
        Map<String, List<String>> calledBy = new TreeMap<>();
        first.helpers().stream().filter(h -> !h.calledBy().isEmpty())
                .forEach(h -> calledBy.put(h.name(), h.calledBy()));
        Map<String, List<Remaining>> remaining = new HashMap<>();
        first.helpers().stream().filter(h -> !h.remaining().isEmpty())
                .forEach(h -> remaining.put(h.name(), h.remaining()));
        InliningReport rebuilt = InliningReport.of(Mode.INLINE, "x86_64", first.objects(), defined, calledBy,
                remaining);

        assertEquals(first, again);
        assertEquals(first.toJson(), again.toJson());
        assertEquals(first.toMarkdown(), again.toMarkdown());
        assertEquals(first.toJson(), rebuilt.toJson());
        assertEquals(first.toMarkdown(), rebuilt.toMarkdown());
    }

    @Test
    void reportsTheCapturedX86BuildWhereOnlyTheUnannotatedHelperStayedACall() {
        Map<String, Boolean> defined = HelperDefinitions.parse(fixture("helpers-x86.ll"));
        Map<String, List<String>> calledBy = new TreeMap<>();
        Matcher u = Pattern.compile("(?m)^\\s*U (rust_helper_\\w+)$").matcher(fixture("nm-crate-bitcode.txt"));
        while (u.find()) {
            calledBy.put(u.group(1), List.of("cap"));
        }
        Map<String, List<Remaining>> remaining = HelperReferences.parse(fixture("objdump-x86-local-call.txt")).stream()
                .collect(Collectors.groupingBy(HelperReferences.Reference::helper, TreeMap::new,
                        Collectors.mapping(ref -> new Remaining("cap.o", ref.function()), Collectors.toList())));

        InliningReport r = InliningReport.of(Mode.INLINE, "x86_64", List.of("cap.o"), defined, calledBy, remaining);

        assertEquals("3 helpers: 1 inlined, 1 not annotated (rust_helper_plain, called from entry), 1 unused",
                r.summary());
    }

    private static String fixture(String name) {
        return Captured.text("inlining/" + name);
    }

    /** A strict little JSON reader (RFC 8259 subset without numbers): fails on anything malformed. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object v = p.value();
            p.blank();
            if (p.i != text.length()) {
                throw p.error("trailing text");
            }
            return v;
        }

        private Object value() {
            blank();
            if (i >= s.length()) {
                throw error("end of input");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                blank();
                if (peek('}')) {
                    return m;
                }
                do {
                    blank();
                    String k = string();
                    blank();
                    expect(':');
                    if (m.containsKey(k)) {
                        throw error("duplicate key " + k);
                    }
                    m.put(k, value());
                    blank();
                } while (peek(','));
                expect('}');
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                blank();
                if (peek(']')) {
                    return l;
                }
                do {
                    l.add(value());
                    blank();
                } while (peek(','));
                expect(']');
                return l;
            }
            if (c == '"') {
                return string();
            }
            for (String lit : List.of("true", "false", "null")) {
                if (s.startsWith(lit, i)) {
                    i += lit.length();
                    return lit.equals("null") ? null : Boolean.valueOf(lit);
                }
            }
            throw error("unexpected " + c);
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw error("raw control character in a string");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private void blank() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected " + c);
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + i + ": " + s.substring(Math.max(0, i - 20),
                    Math.min(s.length(), i + 20)));
        }
    }

    @Test
    void theJsonReaderRejectsMalformedText() {
        for (String bad : List.of("{", "{\"a\": 1}", "[\"a\",]", "{\"a\": true,}", "\"a\\q\"", "\"a\tb\"",
                "{\"a\": true, \"a\": false}", "[] []", "{a: true}")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
        assertEquals(Map.of("a", List.of(true, "x\"")), Json.parse(" {\"a\": [true, \"x\\\"\"]} "));
    }

    @Test
    void listsWhatAFinalLinkStillNeedsAndPkgConfigsLinkFlags() {
        LinkNeeds needs = new LinkNeeds(Map.of("py.o", List.of("PyLong_FromLong", "_Py_Dealloc")), Map.of("py.o", 3),
                List.of("/sysroot/libcore-1.rlib"), List.of("-lpython3.11"));

        InliningReport r = oneInlined().withLinkNeeds(needs);

        assertTrue(r.toJson().contains("  \"stillNeeds\": {\"py.o\": [\"PyLong_FromLong\", \"_Py_Dealloc\"]},\n"
                + "  \"rustLibraries\": [\"/sysroot/libcore-1.rlib\"],\n  \"linkFlags\": [\"-lpython3.11\"],\n"),
                r.toJson());
        String md = r.toMarkdown();
        assertTrue(md.contains("| `py.o` | `PyLong_FromLong`, `_Py_Dealloc`, 3 from rustc's own libraries |\n"), md);
        assertTrue(md.contains("Link flags from pkg-config (`--libs`): `-lpython3.11`."), md);
        assertFalse(oneInlined().toMarkdown().contains("still needs"));
    }

    /** liburcu's dequeue helpers, inlined, with the C function they share still called from Rust (kernel flags). */
    private static InliningReport.CalleeLeft liburcuCalleeLeft() {
        String dump = Captured.text("inlining/objdump-x86-liburcu-callee-left.txt");
        IrModule helpers = IrModule.parse(Captured.text("inlining/helpers-liburcu-kernel-flags.ll"));
        List<String> callees = Reoptimization.helperCallees(helpers);
        List<HelperReferences.Reference> refs = HelperReferences.parse(dump, callees::contains).stream()
                .filter(r -> helpers.function(r.function()).isEmpty()).toList();
        assertEquals(List.of(new HelperReferences.Reference("_cds_wfcq_dequeue_with_state_blocking", "wfcq_order")), refs);
        Map<String, List<String>> why = InlineRemarks.parse(Captured.text("inlining/remarks-clang-22-conflicting.txt"));
        return new InliningReport.CalleeLeft("_cds_wfcq_dequeue_with_state_blocking",
                List.of(new Remaining("wrap_liburcu.o", "wfcq_order")), List.of())
                .withReasonsFrom(why);
    }

    @Test
    void theHelpersSharedCFunctionIsAnInlinableCallee() {
        IrModule helpers = IrModule.parse(Captured.text("inlining/helpers-liburcu-kernel-flags.ll"));
        assertEquals(List.of("_cds_wfcq_dequeue_with_state_blocking"), Reoptimization.helperCallees(helpers));
    }

    @Test
    void aCalleeLeftAsACallIsInTheSummaryTheJsonAndTheMarkdownWithLlvmsReason() {
        InliningReport r = oneInlined().withCalleesLeft(List.of(liburcuCalleeLeft()));
        assertTrue(r.summary().endsWith("; 1 C function the helpers call is still called"
                + " (_cds_wfcq_dequeue_with_state_blocking, called from wfcq_order)"), r.summary());
        assertTrue(r.toJson().contains("""
                  "calleesLeft": [
                    {"name": "_cds_wfcq_dequeue_with_state_blocking", "remainingCalls": [{"object": "wrap_liburcu.o", \
                "function": "wfcq_order"}], "llvmReasons": ["not inlined into wfcq_order: it should never be inlined \
                (cost=never): conflicting attributes"]}
                  ]
                }
                """), r.toJson());
        assertTrue(r.toMarkdown().contains("| `_cds_wfcq_dequeue_with_state_blocking` | wfcq_order (wrap_liburcu.o) |"
                + " not inlined into wfcq_order: it should never be inlined (cost=never): conflicting attributes |"),
                r.toMarkdown());
        // the reasons attach to callees as to helpers
        assertEquals(List.of("why"), r.withReasons(Map.of("_cds_wfcq_dequeue_with_state_blocking", List.of("why")))
                .calleesLeft().get(0).reasons());
    }

    @Test
    void noCalleeLeftKeepsTheReportAsItWas() {
        InliningReport r = oneInlined();
        assertFalse(r.summary().contains("still called"));
        assertTrue(r.toJson().endsWith("  ],\n  \"calleesLeft\": []\n}\n"), r.toJson());
        assertFalse(r.toMarkdown().contains("C functions the inlined helpers call"));
    }
}
