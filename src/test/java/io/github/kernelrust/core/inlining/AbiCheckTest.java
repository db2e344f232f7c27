package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ABI check on llvm-dis output of clang 22 and rustc 1.96 (see abi/README.md). */
class AbiCheckTest {

    private static String fixture(String name) {
        return Captured.text("abi/" + name);
    }

    private static Optional<String> compare(String rustDeclare, String cDefine) {
        IrModule rust = IrModule.parse(rustDeclare);
        IrModule c = IrModule.parse(cDefine);
        List<AbiCheck.Mismatch> m = AbiCheck.compare(rust, c);
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).difference());
    }

    @Test
    void structsScalarsAndVarargsThatClangAndRustcSpellDifferentlyAllMatch() {
        // x86-64: clang splits struct pair into i64, i64 where rustc passes { i64, i64 }; sret and
        // byval name %struct.big on one side and [24 x i8] on the other; rustc leaves zeroext and
        // signext off results
        IrModule c = IrModule.parse(fixture("clang-22-x86_64-structs.ll"));
        IrModule rust = IrModule.parse(fixture("rustc-1.96-x86_64-structs.ll"));

        assertEquals(List.of(), AbiCheck.compare(rust, c));
        assertEquals(List.of("f_big", "f_bool", "f_char", "f_fl", "f_mix", "f_pair", "f_small", "f_u8", "f_var"),
                c.externalDefinitions().stream().map(IrModule.Function::name).toList());
        assertEquals("(i64, i64) -> { i64, i64 }", c.function("f_pair").orElseThrow().signature().describe());
        assertEquals("({ i64, i64 }) -> { i64, i64 }", rust.function("f_pair").orElseThrow().signature().describe());
        assertEquals("(sret ptr, byval ptr) -> void", c.function("f_big").orElseThrow().signature().describe());
        assertEquals("(i32, ...) -> i32", rust.function("f_var").orElseThrow().signature().describe());
    }

    @Test
    void aNamedStructResultIsComparedByItsBody() {
        // aarch64: clang returns %struct.fl = type { double, double }
        IrModule c = IrModule.parse(fixture("clang-22-aarch64-structs.ll"));

        assertEquals("{ double, double }", c.function("f_fl").orElseThrow().signature().result().type());
        assertEquals(Optional.empty(), compare(
                "declare { double, double } @f_fl([2 x double] alignstack(8)) unnamed_addr #0",
                "%struct.fl = type { double, double }\n"
                        + "define dso_local %struct.fl @f_fl([2 x double] alignstack(8) %0) local_unnamed_addr #0 {"));
    }

    @Test
    void rustcsArrayOfDoublesMatchesClangsStructOfDoublesAsAnAarch64Result() {
        // aarch64: rustc returns struct Fl { x: f64, y: f64 } as [2 x double], clang as %struct.fl;
        // both come back in d0 and d1 (llc, both targets)
        IrModule c = IrModule.parse(fixture("clang-22-aarch64-structs.ll"));
        IrModule rust = IrModule.parse(fixture("rustc-1.96-aarch64-structs.ll"));

        assertEquals("([2 x double]) -> [2 x double]", rust.function("f_fl").orElseThrow().signature().describe());
        assertEquals(List.of(), AbiCheck.compare(rust, c));
        // an array of other scalars is still another result
        assertEquals(Optional.of("the result: Rust expects [2 x float], C returns { double, double }"), compare(
                "declare [2 x float] @f_fl([2 x double]) #0",
                "define dso_local { double, double } @f_fl([2 x double] alignstack(8) %0) #0 {"));
    }

    @Test
    void twoFloatsOfAStructAreOneRegisterAsDoubleOrAsAVectorOfTwoFloats() {
        // x86-64, struct f2 { float a, b; }, struct f3 { float a, b, c; }, struct nest { struct f2 p; int k; }:
        // rustc spells the first 8 bytes double, clang <2 x float>; both are xmm0's low half
        assertEquals(Optional.empty(), compare("declare noundef float @rust_helper_t_f2(double) unnamed_addr #0",
                "define dso_local float @rust_helper_t_f2(<2 x float> %0) local_unnamed_addr #0 {"));
        assertEquals(Optional.empty(), compare(
                "declare { double, float } @rust_helper_t_f3r(float noundef) unnamed_addr #0",
                "define dso_local { <2 x float>, float } @rust_helper_t_f3r(float noundef %0) local_unnamed_addr #0 {"));
        assertEquals(Optional.empty(), compare(
                "declare noundef i32 @rust_helper_t_nest({ double, i32 }) unnamed_addr #0",
                "define dso_local i32 @rust_helper_t_nest(<2 x float> %0, i32 returned %1) local_unnamed_addr #0 {"));
        // one float is not two
        assertEquals(Optional.of("argument 1: Rust passes float, C takes <2 x float>"), compare(
                "declare noundef float @rust_helper_t_f2(float) unnamed_addr #0",
                "define dso_local float @rust_helper_t_f2(<2 x float> %0) local_unnamed_addr #0 {"));
        // inlined they are not: the call's type is not the helper's
        assertEquals(Optional.of("the call's IR type is not the helper's: Rust passes (double), C takes (<2 x float>)"),
                AbiCheck.callTypeDifference(
                        IrModule.parse("declare noundef float @f(double) #0").function("f").orElseThrow().signature(),
                        IrModule.parse("define float @f(<2 x float> %0) #0 {").function("f").orElseThrow().signature()));
    }

    @Test
    void aSmallStructResultWidenedByRustcIsNamedForTheCallerToDecide() {
        // aarch64, struct sc { short a; char b; }: rustc returns i64, clang i32, both in x0; the same IR as a
        // u64 declared for C's unsigned int, so Boundary asks the Rust source which it is
        IrModule rust = IrModule.parse("declare dso_local i64 @rust_helper_t_scr(i32 noundef) unnamed_addr #0");
        IrModule c = IrModule.parse("define dso_local range(i32 0, 16777216) i32 @rust_helper_t_scr(i32 noundef %0)"
                + " local_unnamed_addr #0 {");

        List<AbiCheck.Mismatch> m = AbiCheck.compare(rust, c);
        assertEquals(1, m.size());
        assertTrue(AbiCheck.onlyResultWidened(m.get(0)));
        // a narrower Rust result, or another argument besides, is not that
        assertFalse(AbiCheck.onlyResultWidened(AbiCheck.compare(
                IrModule.parse("declare i32 @f(i32) #0"), IrModule.parse("define i64 @f(i32 %0) #0 {")).get(0)));
        assertFalse(AbiCheck.onlyResultWidened(AbiCheck.compare(
                IrModule.parse("declare i64 @f(i64) #0"), IrModule.parse("define i32 @f(ptr %0) #0 {")).get(0)));
    }

    @Test
    void aCallWhoseIrTypeIsNotTheHelpersIsNamedThoughItsAbiMatches() {
        // LLVM inlines no call of another IR type, and gives no remark for it: the verifier says why
        IrModule x86c = IrModule.parse(fixture("clang-22-x86_64-structs.ll"));
        IrModule x86rust = IrModule.parse(fixture("rustc-1.96-x86_64-structs.ll"));
        IrModule armc = IrModule.parse(fixture("clang-22-aarch64-structs.ll"));
        IrModule armrust = IrModule.parse(fixture("rustc-1.96-aarch64-structs.ll"));

        assertEquals(Optional.of("the call's IR type is not the helper's: Rust passes ({ i64, i64 }), C takes (i64, i64)"),
                callType(x86rust, x86c, "f_pair"));
        assertEquals(Optional.of("the call's IR type is not the helper's: Rust expects [2 x double], C returns"
                + " { double, double }"), callType(armrust, armc, "f_fl"));
        // the same types, however the attributes differ: nothing to say
        assertEquals(Optional.empty(), callType(x86rust, x86c, "f_small"));
        assertEquals(Optional.empty(), callType(x86rust, x86c, "f_bool"));
        assertEquals(Optional.empty(), callType(armrust, armc, "f_pair"));
    }

    private static Optional<String> callType(IrModule rust, IrModule c, String name) {
        return AbiCheck.callTypeDifference(rust.function(name).orElseThrow().signature(),
                c.function(name).orElseThrow().signature());
    }

    @Test
    void aLongDoubleIsATypeRustLacks() {
        IrModule c = IrModule.parse("""
                define dso_local x86_fp80 @rust_helper_t_ld(x86_fp80 noundef %0) #0 {
                define dso_local void @rust_helper_t_ld2(ptr noundef %0, { fp128, i64 } %1) #0 {
                """);

        assertEquals(Optional.of("x86_fp80"), AbiCheck.typeRustLacks(c.function("rust_helper_t_ld").orElseThrow()
                .signature()));
        assertEquals(Optional.of("fp128"), AbiCheck.typeRustLacks(c.function("rust_helper_t_ld2").orElseThrow()
                .signature()));
        assertEquals(Optional.empty(), AbiCheck.typeRustLacks(IrModule.parse(fixture("clang-22-x86_64-structs.ll"))
                .function("f_fl").orElseThrow().signature()));
    }

    @Test
    void swappedArgumentsAreAMismatch() {
        // rust_helper_PyTuple_GET_ITEM(index: isize, op: *mut PyObject) against C (op, index)
        String c = "define dso_local ptr @rust_helper_PyTuple_GET_ITEM(ptr noundef readonly captures(none) %0,"
                + " i64 noundef %1) local_unnamed_addr #0 {";
        String rust = "declare noundef ptr @rust_helper_PyTuple_GET_ITEM(i64 noundef, ptr noundef) unnamed_addr #1";

        Optional<String> d = compare(rust, c);

        assertTrue(d.isPresent());
        assertEquals("argument 1: Rust passes i64, C takes ptr (a pointer on one side only: a pointer declared as"
                + " an integer, arguments in another order, or a C __transparent_union__, which C passes as its"
                + " first member: declare that member's type)", d.get());
    }

    @Test
    void aWiderResultOrArgumentIsAMismatch() {
        assertEquals(Optional.of("the result: Rust expects i64, C returns i32 (integers of different widths: e.g."
                + " u64 for unsigned int, or i32 for Py_ssize_t)"), compare(
                "declare noundef i64 @rust_helper_io_uring_sq_ready(ptr noundef) unnamed_addr #1",
                "define dso_local i32 @rust_helper_io_uring_sq_ready(ptr noundef readonly captures(none) %0) #0 {"));
        assertEquals(Optional.of("argument 2: Rust passes i32, C takes i64 (integers of different widths: e.g. u64"
                + " for unsigned int, or i32 for Py_ssize_t)"), compare(
                "declare noundef ptr @rust_helper_PyTuple_GET_ITEM(ptr noundef, i32 noundef) unnamed_addr #1",
                "define dso_local ptr @rust_helper_PyTuple_GET_ITEM(ptr noundef %0, i64 noundef %1) #0 {"));
    }

    @Test
    void aPointerDeclaredAsUsizeIsAMismatch() {
        Optional<String> d = compare("declare void @rust_helper_refcount_inc(i64 noundef) unnamed_addr #0",
                "define dso_local void @rust_helper_refcount_inc(ptr noundef captures(none) %0) #0 {");

        assertTrue(d.orElseThrow().startsWith("argument 1: Rust passes i64, C takes ptr"), d.get());
    }

    @Test
    void unsignedAgainstSignedCharIsAMismatchOnlyWhenBothSidesSayWhichTheyExpect() {
        String c = "define dso_local noundef signext i8 @f(i8 noundef signext %0) #0 {";

        assertEquals(Optional.of("argument 1: Rust passes unsigned (zeroext) i8, C takes signed (signext) i8"),
                compare("declare noundef i8 @f(i8 noundef zeroext) unnamed_addr #0", c));
        // rustc writes no extension on results: no promise, no conflict
        assertEquals(Optional.empty(), compare("declare noundef i8 @f(i8 noundef signext) unnamed_addr #0", c));
        assertEquals(Optional.of("the result: Rust expects unsigned (zeroext) i8, C returns signed (signext) i8"),
                compare("declare noundef zeroext i8 @f(i8 noundef signext) unnamed_addr #0", c));
    }

    @Test
    void boolForIntAndMissingOrExtraArgumentsAndVarargsAreMismatches() {
        String c = "define dso_local i32 @f(i32 noundef %0, ...) #0 {";

        assertEquals(Optional.of("argument 1: Rust passes i1, C takes i32 (a bool on one side only: C's bool is Rust's bool,"
                + " C's int is i32)"),
                compare("declare i32 @f(i1 noundef zeroext, ...) #0", c));
        assertEquals(Optional.of("Rust passes 2 arguments, C takes 1 argument"),
                compare("declare i32 @f(i32, i32, ...) #0", c));
        assertEquals(Optional.of("C takes a variable argument list (...), the Rust declaration does not"),
                compare("declare i32 @f(i32) #0", c));
    }

    @Test
    void aStructByValueAgainstAPointerIsAMismatch() {
        assertEquals(Optional.of("argument 1: Rust passes it directly, C takes it byval"), compare(
                "declare void @f(ptr noundef) #0",
                "define dso_local void @f(ptr noundef byval(%struct.big) align 8 %0) #0 {"));
    }

    @Test
    void onlyDeclarationsThatAHelperDefinesExternallyAreChecked() {
        IrModule rust = IrModule.parse("""
                declare void @llvm.memcpy.p0.p0.i64(ptr noalias, ptr noalias, i64, i1 immarg) #2
                declare void @rust_helper_a(i64) #0
                declare void @other(i64) #0
                define void @rust_helper_b(i64 %x) #0 {
                """);
        IrModule c = IrModule.parse("""
                define internal void @rust_helper_a(ptr %0) #0 {
                define void @rust_helper_b(ptr %0) #0 {
                define void @other(ptr %0) #0 {
                """);

        assertEquals(List.of("other"), AbiCheck.compare(rust, c).stream().map(AbiCheck.Mismatch::name).toList());
    }

    @Test
    void quotedNamesAndAddressSpacesAndPackedStructsAreRead() {
        IrModule m = IrModule.parse("""
                define dso_local ptr addrspace(1) @"weird name"(<{ i8, i32 }> %0, [2 x i64] %1, ptr addrspace(1) inreg %2) #0 {
                declare <4 x i32> @vec(<4 x i32>) #0
                """);

        assertEquals("(<{ i8, i32 }>, [2 x i64], inreg ptr addrspace(1)) -> ptr addrspace(1)",
                m.function("weird name").orElseThrow().signature().describe());
        assertEquals("(<4 x i32>) -> <4 x i32>", m.function("vec").orElseThrow().signature().describe());
    }
}
