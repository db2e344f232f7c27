package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import io.github.kernelrust.core.inlining.IrModule.CodeTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading clang's Cannot select crash on a helper compiled for more of the CPU (see target-mismatch/README.md). */
class TargetMismatchTest {

    private static String text(String name) {
        return Captured.text("target-mismatch/" + name);
    }

    private static final String CRASH = text("clang-cannot-select.txt");
    private static final IrModule HELPERS = IrModule.parse(text("helpers.ll"));
    private static final IrModule CRATE = IrModule.parse(text("crate-x86-64.ll"));
    private static final String DPDK_FLAGS = "-I/usr/include/dpdk -include rte_config.h -march=corei7";

    private static Map<String, List<String>> flags(String cflags, String pkgConfig) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("cflags", List.of(cflags.split(" ")));
        m.put("pkg-config libdpdk", List.of(pkgConfig.split(" ")));
        return m;
    }

    @Test
    void readsEachFunctionsProcessorFromItsAttributes() {
        CodeTarget helper = HELPERS.function("rust_helper_rte_crc32_u64").orElseThrow().target();
        assertEquals("corei7", helper.cpu());
        assertTrue(helper.features().contains("+sse4.2") && helper.features().contains("+crc32"), helper.features()::toString);
        assertEquals(new CodeTarget("x86-64", List.of()), CRATE.function("crc_all").orElseThrow().target());
        assertEquals(CodeTarget.NONE, HELPERS.function("llvm.x86.sse42.crc32.64.64").orElseThrow().target());
    }

    @Test
    void findsTheHelperThatBroughtTheIntrinsicIntoTheRustFunction() {
        TargetMismatch.Found f = TargetMismatch.find(CRASH, CRATE, HELPERS).orElseThrow();
        assertEquals("crc_all", f.function());
        assertEquals("llvm.x86.sse42.crc32.64.64", f.instruction());
        assertEquals("x86-64", f.rust().cpu());
        assertEquals(List.of("rust_helper_rte_crc32_u64"), List.copyOf(f.helpers().keySet()));
    }

    @Test
    void explainsWhyAndNamesTheFlagAndTheFix() {
        TargetMismatch.Found f = TargetMismatch.find(CRASH, CRATE, HELPERS).orElseThrow();
        String m = TargetMismatch.explain(f, "crc", flags("-O2 -fno-delete-null-pointer-checks", DPDK_FLAGS));
        assertTrue(m.startsWith("Crate crc could not be compiled: LLVM cannot generate llvm.x86.sse42.crc32.64.64 in the"
                + " Rust function crc_all, compiled for x86-64. It comes from the helper rust_helper_rte_crc32_u64, C compiled"
                + " for corei7 (+cmov,+crc32,"), m);
        assertTrue(m.contains("The helpers' processor comes from -march=corei7 in pkg-config libdpdk's flags."), m);
        assertTrue(m.contains("add -Ctarget-cpu=corei7 to kernelRust.rustflags"), m);
        assertTrue(m.contains("(kernelRust.inlineHelpers=false)"), m);
        // the flag is not in cflags, so cflagsRemove cannot take it out
        assertFalse(m.contains("cflagsRemove"), m);
    }

    @Test
    void aFlagInCflagsCanBeRemovedThere() {
        TargetMismatch.Found f = TargetMismatch.find(CRASH, CRATE, HELPERS).orElseThrow();
        String m = TargetMismatch.explain(f, "crc", flags("-O2 -march=corei7", "-I/usr/include/dpdk"));
        assertTrue(m.contains("comes from -march=corei7 in cflags."), m);
        assertTrue(m.contains("or build them without that flag (kernelRust.cflagsRemove)."), m);
    }

    /** What clang-22 writes for {@code -mavx2} on x86-64: the flag and every feature it implies. */
    private static final String CLANG_AVX2 = "+avx,+avx2,+cmov,+crc32,+cx8,+fxsr,+mmx,+popcnt,+sse,+sse2,+sse3,"
            + "+sse4.1,+sse4.2,+ssse3,+x87,+xsave";

    private static TargetMismatch.Found foundWithHelperFeatures(String features) {
        String helpersIr = text("helpers.ll").replace("\"target-cpu\"=\"corei7\"", "\"target-cpu\"=\"x86-64\"")
                .replaceAll("\"target-features\"=\"[^\"]*\"", "\"target-features\"=\"" + features + "\"");
        return TargetMismatch.find(CRASH, CRATE, IrModule.parse(helpersIr)).orElseThrow();
    }

    @Test
    void aFeatureFlagOnTheSameProcessorAsksForTheFeatures() {
        String m = TargetMismatch.explain(foundWithHelperFeatures("+crc32,+sse4.2"), "crc",
                flags("-O2", "-msse4.2 -I/usr/include/dpdk"));
        assertTrue(m.contains("C compiled for x86-64 (+crc32,+sse4.2)."), m);
        assertTrue(m.contains("comes from -msse4.2 in pkg-config libdpdk's flags."), m);
        // rustc's +sse4.2 brings +crc32 as clang's -msse4.2 does: the flag the user wrote is the one to ask for
        assertTrue(m.contains("add -Ctarget-feature=+sse4.2 to kernelRust.rustflags"), m);
    }

    @Test
    void asksRustcForTheFeatureFlagsTheUserWroteNotForEverythingClangImpliedFromThem() {
        String m = TargetMismatch.explain(foundWithHelperFeatures(CLANG_AVX2), "crc",
                flags("-O2 -mavx2", "-I/usr/include/dpdk"));
        assertTrue(m.contains("comes from -mavx2 in cflags."), m);
        assertTrue(m.contains("add -Ctarget-feature=+avx2 to kernelRust.rustflags"), m);
    }

    @Test
    void withoutAFeatureFlagAsksForEveryFeatureBeyondTheRustFunctions() {
        // the features came from a target attribute in a header, not from a flag the plugin sees
        String m = TargetMismatch.explain(foundWithHelperFeatures(CLANG_AVX2), "crc",
                flags("-O2", "-I/usr/include/dpdk"));
        assertTrue(m.contains("add -Ctarget-feature=" + CLANG_AVX2 + " to kernelRust.rustflags"), m);
    }

    @Test
    void nothingWhenNoHelperOfTheFunctionUsesTheIntrinsic() {
        String other = CRASH.replace("llvm.x86.sse42.crc32.64.64", "llvm.x86.avx2.pshuf.b");
        assertTrue(TargetMismatch.find(other, CRATE, HELPERS).isEmpty());
    }

    @Test
    void withoutAnIntrinsicOnlyAnotherProcessorCounts() {
        String node = CRASH.replace("intrinsic %llvm.x86.sse42.crc32.64.64", "t7: i64 = X86ISD::CRC32 t2, t4");
        assertEquals("X86ISD::CRC32", TargetMismatch.find(node, CRATE, HELPERS).orElseThrow().instruction());
        IrModule corei7 = IrModule.parse(text("crate-corei7.ll"));
        assertEquals("corei7", corei7.function("crc_all").orElseThrow().target().cpu());
        assertTrue(TargetMismatch.find(node, corei7, HELPERS).isEmpty());
    }

    @Test
    void nothingForAnotherFailure() {
        String other = "error: unable to open output file 'crc.o.tmp': 'No space left on device'\n";
        assertTrue(TargetMismatch.find(other, CRATE, HELPERS).isEmpty());
        // a Cannot select in a function that calls no helper is not this
        assertTrue(TargetMismatch.find(CRASH.replace("'@crc_all'", "'@other'"), CRATE, HELPERS).isEmpty());
    }

    @Test
    void theBacktraceIsLeftOutAndTheRestKept() {
        String shown = TargetMismatch.withoutBacktrace("Compiling failed with exit code 1.\n" + CRASH);
        assertFalse(shown.contains("llvm::sys::PrintStackTrace"), shown);
        assertTrue(shown.contains("3.\tRunning pass 'X86 DAG->DAG Instruction Selection' on function '@crc_all'\n"
                + "[LLVM's backtrace left out]\nclang-22: error: clang frontend command failed with exit code 70"), shown);
        assertTrue(shown.startsWith("Compiling failed with exit code 1.\nfatal error: error in backend: Cannot select"));
    }

    @Test
    void helpersForAnotherProcessorAreNamedBeforeAnythingFails() {
        TargetMismatch.OtherProcessor o = TargetMismatch.otherProcessor(CRATE, HELPERS).orElseThrow();
        assertEquals(new TargetMismatch.OtherProcessor("x86-64", "corei7", List.of("rust_helper_rte_crc32_u64")), o);
        assertEquals("Crate crc: its helper rust_helper_rte_crc32_u64 is compiled for corei7 (-march=corei7 in pkg-config"
                + " libdpdk's flags), the crate for x86-64. Inlined, its code is generated for x86-64; -Ctarget-cpu=corei7"
                + " in rustflags would give the crate the helpers' processor.",
                TargetMismatch.describe(o, "crc", flags("-O2", DPDK_FLAGS)));
        assertTrue(TargetMismatch.otherProcessor(IrModule.parse(text("crate-corei7.ll")), HELPERS).isEmpty());
    }

    @Test
    void theSameProcessorWithTheDefaultFeaturesIsNotAnother() {
        // clang writes the default processor's features, rustc none: that is not a difference
        String helpersIr = text("helpers.ll").replace("\"target-cpu\"=\"corei7\"", "\"target-cpu\"=\"x86-64\"");
        assertTrue(TargetMismatch.otherProcessor(CRATE, IrModule.parse(helpersIr)).isEmpty());
    }
}
