package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kernelrust.core.Captured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings of successful compiler runs, captured from rustc 1.96, clang 22 and gcc 12 (warnings/). */
class WarningsTest {

    private static String fixture(String name) {
        return Captured.text("warnings/" + name);
    }

    @Test
    void rustcBlocksComeWholeWithTheirLocationAndTheSummaryIsDropped() {
        List<String> w = Warnings.parse(fixture("rustc-1.96-improper-ctypes-unused.txt"));

        assertEquals(2, w.size(), w.toString());
        assertEquals("warning: unused variable: `unused`", w.get(0).lines().findFirst().orElseThrow());
        assertEquals(" --> w.rs:3:25", w.get(0).lines().skip(1).findFirst().orElseThrow());
        assertEquals("warning: `extern` block uses type `char`, which is not FFI-safe", w.get(1).lines().findFirst()
                .orElseThrow());
        assertEquals("  = note: `#[warn(improper_ctypes)]` on by default", w.get(1).lines().reduce((a, b) -> b)
                .orElseThrow());
    }

    @Test
    void clangWarningsKeepTheIncludeChainAndSnippet() {
        List<String> w = Warnings.parse(fixture("clang-22-return-type-in-header.txt"));

        assertEquals(List.of("""
                ./h.h:1:47: warning: non-void function does not return a value in all control paths [-Wreturn-type]
                    1 | static inline int g(int x) { if (x) return 1; }
                      |                                               ^
                In file included from w.c:1:""", """
                w.c:2:20: warning: unused variable 'y' [-Wunused-variable]
                    2 | int f(int x) { int y; return g(x); }
                      |                    ^"""), w);
    }

    @Test
    void gccWarningsKeepTheirFunctionContext() {
        List<String> w = Warnings.parse(fixture("gcc-12-return-type-in-header.txt"));

        assertEquals(2, w.size(), w.toString());
        assertEquals(List.of("w.c:2:20: warning: unused variable ‘y’ [-Wunused-variable]",
                "    2 | int f(int x) { int y; return g(x); }", "      |                    ^", "w.c: In function ‘f’:"),
                w.get(0).lines().toList());
        assertEquals(List.of("h.h:1:47: warning: control reaches end of non-void function [-Wreturn-type]",
                "    1 | static inline int g(int x) { if (x) return 1; }",
                "      |                                               ^", "In file included from w.c:1:",
                "h.h: In function ‘g’:"), w.get(1).lines().toList());
    }

    @Test
    void nothingButSummariesOrNotesIsNoWarning() {
        assertEquals(List.of(), Warnings.parse(""));
        assertEquals(List.of(), Warnings.parse("2 warnings generated.\nwarning: 1 warning emitted\n"));
        assertEquals(List.of("clang: warning: argument unused during compilation: '-Xfoo'"
                + " [-Wunused-command-line-argument]"), Warnings.parse(
                "clang: warning: argument unused during compilation: '-Xfoo' [-Wunused-command-line-argument]\n"));
    }

    @Test
    void theSameWarningTwiceIsReportedOnce() {
        String one = "h.h:1:2: warning: x [-Wfoo]\n";

        assertEquals(1, Warnings.parse(one + one).size());
    }
}
