package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import io.github.kernelrust.core.inlining.HelperReferences.Reference;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HelperReferences on {@code objdump -dr -C --no-show-raw-insn} output of real objects (see inlining/README.md). */
class HelperReferencesTest {

    private static String fixture(String name) {
        return Captured.text("inlining/" + name);
    }

    private static Reference ref(String helper, String function) {
        return new Reference(helper, function);
    }

    @Test
    void findsADirectCallToAHelperLeftAsALocalFunction() {
        String objdump = fixture("objdump-x86-local-call.txt");

        assertTrue(objdump.contains("callq\t0x50 <rust_helper_plain>"));
        assertEquals(List.of(ref("rust_helper_plain", "entry")), HelperReferences.parse(objdump));
    }

    @Test
    void findsUndefinedHelpersLoadedFromTheGotInLlvmObjdumpOutput() {
        assertEquals(List.of(ref("rust_helper_refcount_inc", "entry"), ref("rust_helper_plain", "entry")),
                HelperReferences.parse(fixture("objdump-x86-undefined-call.txt")));
    }

    @Test
    void findsUndefinedHelpersLoadedFromTheGotInGnuObjdumpOutput() {
        String objdump = fixture("gnu-objdump-x86-undefined-call.txt");

        assertTrue(objdump.contains("R_X86_64_REX_GOTPCRELX\trust_helper_plain-0x4"));
        assertEquals(List.of(ref("rust_helper_refcount_inc", "cap::inner::work"),
                ref("rust_helper_plain", "cap::inner::work")), HelperReferences.parse(objdump));
    }

    /** twice: two calls to one undefined helper; tail_ext: a tail call; tail_local, call_local: a local helper. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"objdump-x86-refs.txt", "gnu-objdump-x86-refs.txt", "objdump-aarch64-refs.txt",
            "gnu-objdump-aarch64-refs.txt"})
    void findsCallsTailCallsAndLocalCallsOnX86AndAarch64WithBothObjdumps(String fixture) {
        assertEquals(List.of(ref("rust_helper_ext", "twice"), ref("rust_helper_tail", "tail_ext"),
                ref("rust_helper_local", "tail_local"), ref("rust_helper_local", "call_local")),
                HelperReferences.parse(fixture(fixture)));
    }

    @Test
    void theFixturesHoldWhatTheTestsClaim() {
        String x86 = fixture("objdump-x86-refs.txt");
        String arm = fixture("objdump-aarch64-refs.txt");
        String gnuArm = fixture("gnu-objdump-aarch64-refs.txt");

        assertEquals(2, count(x86, "R_X86_64_PLT32\trust_helper_ext-0x4"));
        assertTrue(x86.contains("jmp\t0x40 <rust_helper_local>"));
        assertTrue(x86.contains("R_X86_64_PLT32\trust_helper_tail-0x4"));
        assertTrue(x86.contains("ja\t0x50 <rust_helper_local+0x10>"));
        assertEquals(2, count(arm, "R_AARCH64_CALL26\trust_helper_ext"));
        assertTrue(arm.contains("R_AARCH64_JUMP26\trust_helper_tail"));
        assertTrue(arm.contains("bl\t0x40 <rust_helper_local>"));
        assertTrue(arm.contains("b.hi\t0x48 <rust_helper_local+0x8>"));
        assertTrue(gnuArm.contains("bl\t0 <rust_helper_ext>"));
        assertTrue(gnuArm.contains("R_AARCH64_CALL26\trust_helper_ext"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"objdump-x86-refs.txt", "gnu-objdump-x86-refs.txt", "objdump-aarch64-refs.txt",
            "gnu-objdump-aarch64-refs.txt", "objdump-x86-local-call.txt", "objdump-x86-rust-local.txt"})
    void jumpsInsideAHelpersOwnBodyAreNotReferences(String fixture) {
        assertTrue(HelperReferences.parse(fixture(fixture)).stream()
                .noneMatch(r -> r.function().startsWith("rust_helper_")), fixture);
    }

    @Test
    void reportsTwoCallsFromOneFunctionOnce() {
        List<Reference> refs = HelperReferences.parse(fixture("objdump-aarch64-refs.txt"));

        assertEquals(1, refs.stream().filter(r -> r.equals(ref("rust_helper_ext", "twice"))).count());
    }

    @Test
    void stripsTheHashFromLegacyMangledRustNamesDemangledByLlvmObjdump() {
        String objdump = fixture("objdump-x86-rust-undefined.txt");
        assertTrue(objdump.contains("<cap::inner::work::hde69efa5721d4505>:"));

        List<Reference> refs = HelperReferences.parse(objdump);

        assertEquals(List.of(ref("rust_helper_plain", "cap::inner::tail"),
                ref("rust_helper_refcount_inc", "cap::inner::work"), ref("rust_helper_plain", "cap::inner::work")),
                refs.subList(0, 3));
        assertEquals(4, refs.size());
        // llvm-objdump leaves legacy $LT$ escapes undecoded: the hash goes and the escapes are decoded
        Reference drop = refs.get(3);
        assertEquals("rust_helper_refcount_inc", drop.helper());
        assertEquals("<cap::Wrapper as core::ops::drop::Drop>::drop", drop.function());
        assertFalse(Pattern.compile("::h[0-9a-f]{16}").matcher(drop.function()).find(), drop.function());
    }

    @Test
    void readsRustNamesAsGnuObjdumpDemanglesThem() {
        assertEquals(List.of(ref("rust_helper_plain", "cap::inner::tail"),
                ref("rust_helper_refcount_inc", "cap::inner::work"), ref("rust_helper_plain", "cap::inner::work"),
                ref("rust_helper_refcount_inc", "<cap::Wrapper as core::ops::drop::Drop>::drop")),
                HelperReferences.parse(fixture("gnu-objdump-x86-rust-undefined.txt")));
    }

    @Test
    void readsV0MangledRustNames() {
        assertEquals(List.of(ref("rust_helper_plain", "cap::inner::tail"),
                ref("rust_helper_refcount_inc", "cap::inner::work"), ref("rust_helper_plain", "cap::inner::work"),
                ref("rust_helper_refcount_inc", "<cap::Wrapper as core::ops::drop::Drop>::drop")),
                HelperReferences.parse(fixture("objdump-x86-rust-v0.txt")));
    }

    @Test
    void findsALocalHelperLeftAfterLlvmLinkCalledAndTailCalledFromRust() {
        String objdump = fixture("objdump-x86-rust-local.txt");
        assertTrue(objdump.contains("jmp\t0x90 <rust_helper_plain>"));
        assertFalse(objdump.contains("rust_helper_refcount_inc"));

        assertEquals(List.of(ref("rust_helper_plain", "cap::inner::tail"), ref("rust_helper_plain", "cap::inner::work")),
                HelperReferences.parse(objdump));
    }

    @Test
    void relocationsAgainstOtherRustFunctionsAreNotReferences() {
        // entry calls cap::inner::work through R_X86_64_PLT32 cap::inner::work::h...-0x4
        assertTrue(HelperReferences.parse(fixture("objdump-x86-rust-undefined.txt")).stream()
                .noneMatch(r -> r.function().equals("entry")));
    }

    @Test
    void onlyAnExactRustHashIsStripped() {
        String objdump = """
                0000000000000000 <kernel::sync::h0123456789abcdef>:
                       0:      	jmp	0x5 <kernel::sync::h0123456789abcdef+0x5>
                		0000000000000001:  R_X86_64_PLT32	rust_helper_a-0x4

                0000000000000010 <kernel::sync::hello>:
                      10:      	jmp	0x15 <kernel::sync::hello+0x5>
                		0000000000000011:  R_X86_64_PLT32	rust_helper_a-0x4

                0000000000000020 <kernel::x::h0123456789abcdef::inner>:
                      20:      	jmp	0x25 <kernel::x::h0123456789abcdef::inner+0x5>
                		0000000000000021:  R_X86_64_PLT32	rust_helper_a-0x4
                """;

        assertEquals(List.of(ref("rust_helper_a", "kernel::sync"), ref("rust_helper_a", "kernel::sync::hello"),
                ref("rust_helper_a", "kernel::x::h0123456789abcdef::inner")), HelperReferences.parse(objdump));
    }

    @Test
    void aHelperCallingAnotherHelperIsAReferenceButItsOwnRecursionIsNot() {
        String objdump = """
                0000000000000040 <rust_helper_a>:
                      40:      	callq	0x40 <rust_helper_a>
                      45:      	jmp	0x60 <rust_helper_b>

                0000000000000060 <rust_helper_b>:
                      60:      	jne	0x60 <rust_helper_b>
                      62:      	retq
                """;

        assertEquals(List.of(ref("rust_helper_b", "rust_helper_a")), HelperReferences.parse(objdump));
    }

    @Test
    void theSameHelperFromTwoFunctionsIsTwoReferences() {
        String objdump = """
                0000000000000000 <f>:
                       0:      	callq	0x40 <rust_helper_a>
                       5:      	callq	0x40 <rust_helper_a>

                0000000000000010 <g>:
                      10:      	callq	0x40 <rust_helper_a>
                """;

        assertEquals(List.of(ref("rust_helper_a", "f"), ref("rust_helper_a", "g")), HelperReferences.parse(objdump));
    }

    @Test
    void nothingToFindInAnEmptyListing() {
        assertEquals(List.of(), HelperReferences.parse(""));
        assertEquals(List.of(), HelperReferences.parse("\ncap.o:\tfile format elf64-x86-64\n"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void withFunctionSectionsACallToALocalHelperIsSeenThroughItsSectionSymbol() {
        // -ffunction-sections: the call's relocation names .text.rust_helper_plain, and the
        // symbolized target objdump prints is only the caller itself
        for (String f : List.of("objdump-x86-function-sections.txt", "gnu-objdump-x86-function-sections.txt")) {
            List<Reference> refs = HelperReferences.parse(fixture(f));
            assertEquals(1, refs.size(), f + ": " + refs);
            assertEquals("rust_helper_plain", refs.get(0).helper(), f);
        }
    }

    @Test
    void aRelocationDecidesTheTargetOverTheNameObjdumpPrints() {
        // a call to a noreturn die() ends fails(); objdump labels it with the next function,
        // rust_helper_after, but the relocation says die
        assertEquals(List.of(), HelperReferences.parse(fixture("objdump-x86-noreturn-before-helper.txt")));
    }

    @Test
    void legacyRustEscapesThatLlvmObjdumpLeavesAreDecoded() {
        assertEquals("<cap::Wrapper as core::ops::drop::Drop>::drop",
                HelperReferences.demangled("_$LT$cap..Wrapper$u20$as$u20$core..ops..drop..Drop$GT$::drop::h0123456789abcdef"));
        assertEquals("kernel::sync::Arc<T>::inc", HelperReferences.demangled("kernel::sync::Arc<T>::inc"));
    }
}
