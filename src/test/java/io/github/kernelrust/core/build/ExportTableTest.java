package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import io.github.kernelrust.core.KernelRustException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ExportTable against the kernel's real pipeline: the nm listings in {@code exports/} were piped
 * through {@code awk '$2~/(T|R|D|B)/ && $3!~/__(pfx|cfi|odr_asan)/ { printf FMT,$3 }'} on this
 * machine and the awk output saved beside them (see exports/README.md).
 */
class ExportTableTest {

    private static String fixture(String name) {
        return Captured.text("exports/" + name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"llvm-nm-exports", "gnu-nm-exports", "llvm-nm-archive", "gnu-nm-archive"})
    void rendersExactlyWhatTheKernelsAwkProgramPrinted(String listing) {
        String nm = fixture(listing + ".txt");
        String awk = fixture(listing + ".awk.txt");

        assertEquals(awk, ExportTable.render(ExportTable.select(nm), ExportTable.DEFAULT_FORMAT));
    }

    @Test
    void rendersAFormatWithEscapesExactlyAsAwkDid() {
        // awk was given printf "\t%s\\ %%\n"; the same text is the format here
        String format = "\\t%s\\\\ %%\\n";

        assertEquals(fixture("gnu-nm-exports.awk-escapes.txt"),
                ExportTable.render(ExportTable.select(fixture("gnu-nm-exports.txt")), format));
    }

    @Test
    void theCapturedListingsCoverEverySymbolTypeTheFilterHasToSortOut() {
        for (String listing : List.of("llvm-nm-exports.txt", "gnu-nm-exports.txt")) {
            Set<String> types = new TreeSet<>();
            fixture(listing).lines().map(l -> l.strip().split("\\s+")).filter(f -> f.length == 3)
                    .forEach(f -> types.add(f[1]));

            assertEquals(new TreeSet<>(List.of("A", "B", "C", "D", "R", "T", "V", "W", "b", "d", "i", "r", "t")),
                    types, listing);
        }
    }

    @Test
    void keepsGlobalTextDataBssAndRodataAndDropsEverythingElse() {
        List<String> names = ExportTable.select(fixture("llvm-nm-exports.txt"));

        assertEquals(List.of("exported_fn", "bss_buffer", "bump", "second_fn", "data_counter", "rodata_table",
                "exported_ptr"), names);
        for (String dropped : List.of("weak_hook", "weak_var", "common_sym", "abs_sym", "ifunc_fn", "local_helper",
                "static_data", "static_bss", "static_ro", "__pfx_foo", "x__cfi_mid", "__cfi_exported_fn",
                "__cfi___pfx_foo", "__odr_asan_gen_v")) {
            assertTrue(fixture("llvm-nm-exports.txt").contains(" " + dropped + "\n"), dropped);
            assertTrue(!names.contains(dropped), dropped);
        }
    }

    @Test
    void bothNmFlavoursGiveTheSameTable() {
        assertEquals(ExportTable.select(fixture("gnu-nm-exports.txt")),
                ExportTable.select(fixture("llvm-nm-exports.txt")));
        assertEquals(ExportTable.select(fixture("gnu-nm-archive.txt")),
                ExportTable.select(fixture("llvm-nm-archive.txt")));
    }

    @Test
    void keepsNmsOrderWithoutSorting() {
        List<String> names = ExportTable.select(fixture("gnu-nm-archive.txt"));

        assertEquals("exported_fn", names.get(0));
        assertEquals("KR_DATA", names.get(names.size() - 1));
        assertNotEquals(names.stream().sorted().toList(), names);
        assertEquals(List.of("zeta", "alpha", "mid"),
                ExportTable.select("0000000000000000 T zeta\n0000000000000010 D alpha\n0000000000000020 B mid\n"));
    }

    @Test
    void ignoresBlankAndShortLinesLikeAwkAndSplitsOnRunsOfBlanks() {
        String nm = "\n\nlib.o:\n0 T\n   \nT\n0000 T a b\n\t0000\tD\ttabbed\n0 t lower\n0 Tt both\n";

        // awk on this input printed exactly these four lines: a two-field "0 T" line has an empty $3
        assertEquals("EXPORT_SYMBOL_RUST_GPL();\nEXPORT_SYMBOL_RUST_GPL(a);\nEXPORT_SYMBOL_RUST_GPL(tabbed);\n"
                + "EXPORT_SYMBOL_RUST_GPL(both);\n", ExportTable.render(ExportTable.select(nm), ExportTable.DEFAULT_FORMAT));
        assertEquals(List.of(), ExportTable.select(""));
        assertEquals(List.of(), ExportTable.select("\n\n   \n"));
    }

    @Test
    void excludesPfxCfiAndOdrAsanAnywhereInTheName() {
        String nm = "0 T __pfx_foo\n0 T a__pfx\n0 T x__cfi_mid\n0 D __odr_asan_gen_v\n0 T _pfx_ok\n0 T __cf_ok\n"
                + "0 T odr_asan_ok\n";

        assertEquals(List.of("_pfx_ok", "__cf_ok", "odr_asan_ok"), ExportTable.select(nm));
    }

    @Test
    void formatsPrintfEscapes() {
        List<String> one = List.of("sym");

        assertEquals("EXPORT_SYMBOL_RUST_GPL(sym);\n", ExportTable.render(one, ExportTable.DEFAULT_FORMAT));
        assertEquals("a\tsym\n", ExportTable.render(one, "a\\t%s\\n"));
        assertEquals("back\\slash sym", ExportTable.render(one, "back\\\\slash %s"));
        assertEquals("100% sym", ExportTable.render(one, "100%% %s"));
        assertEquals("%s literal: sym", ExportTable.render(one, "%%s literal: %s"));
        assertEquals("sym sym\n", ExportTable.render(one, "%s %s\\n"));
        assertEquals("no symbol\n", ExportTable.render(one, "no symbol\\n"));
        assertEquals("", ExportTable.render(List.of(), ExportTable.DEFAULT_FORMAT));
        assertEquals("<a>\n<b>\n", ExportTable.render(List.of("a", "b"), "<%s>\\n"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EXPORT(%d);\\n", "%x", "%5s", "%-s\\n"})
    void rejectsAFormatWithAnythingButPercentSOrPercentPercent(String format) {
        KernelRustException e = assertThrows(KernelRustException.class,
                () -> ExportTable.render(List.of("sym"), format));

        assertTrue(e.getMessage().contains(format), e.getMessage());
        assertTrue(e.getMessage().contains("only %s"), e.getMessage());
    }

    @Test
    void anEmptyTableNeverReadsTheFormat() {
        // the format is applied per symbol, as awk's printf is: an empty table never reads it
        assertEquals("", ExportTable.render(List.of(), "%d"));
    }

    @Test
    void asksNmForTheKernelsArguments() {
        assertEquals(List.of("-p", "--defined-only"), ExportTable.nmArgs());
    }

    @Test
    void backslashEscapesFollowAwk() {
        // awk: \" is a quote; a backslash before anything else stays and the next character is read as usual
        assertEquals("q\"sym\"", ExportTable.printf("q\\\"%s\\\"", "sym"));
        assertEquals("p\\sym", ExportTable.printf("p\\%s", "sym"));
    }

    @Test
    void aLonePercentAtTheEndIsRejected() {
        KernelRustException e = assertThrows(KernelRustException.class, () -> ExportTable.printf("%s%", "sym"));
        assertTrue(e.getMessage().contains("lone %"), e.getMessage());
    }
}
