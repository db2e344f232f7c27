package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Call adapters between rustc's and clang's IR types, on llvm-dis output of both (see abi/README.md). */
class CallAdapterTest {

    private static IrModule fixture(String name) {
        return IrModule.parse(Captured.text("abi/" + name));
    }

    @Test
    void aStructPassedWholeIsTakenApartForClangsTwoHalves() {
        // x86-64 struct pair { long a, b; }: rustc ({ i64, i64 }) -> { i64, i64 }, clang (i64, i64) -> { i64, i64 }
        Map<String, String> a = CallAdapter.adapters(fixture("rustc-1.96-x86_64-structs.ll"),
                fixture("clang-22-x86_64-structs.ll"));

        // f_fl ({ double, double }) splits too; the others are the same IR type on both sides
        assertEquals(List.of("f_fl", "f_pair"), List.copyOf(a.keySet()));
        assertEquals("""
                define { i64, i64 } @"f_pair"({ i64, i64 } %a0) alwaysinline {
                  %t0 = extractvalue { i64, i64 } %a0, 0
                  %t1 = extractvalue { i64, i64 } %a0, 1
                  %r = call { i64, i64 } @"f_pair.abi"(i64 %t0, i64 %t1)
                  ret { i64, i64 } %r
                }
                """, a.get("f_pair"));
    }

    @Test
    void aNamedStructResultIsRebuiltAsRustcsArray() {
        // aarch64 struct fl { double x, y; }: clang returns %struct.fl, rustc [2 x double]
        Map<String, String> a = CallAdapter.adapters(fixture("rustc-1.96-aarch64-structs.ll"),
                fixture("clang-22-aarch64-structs.ll"));

        assertEquals(List.of("f_fl"), List.copyOf(a.keySet()));
        assertEquals("""
                define [2 x double] @"f_fl"([2 x double] %a0) alwaysinline {
                  %t0 = extractvalue [2 x double] %a0, 0
                  %t1 = extractvalue [2 x double] %a0, 1
                  %t2 = insertvalue [2 x double] poison, double %t0, 0
                  %t3 = insertvalue [2 x double] %t2, double %t1, 1
                  %r = call %struct.fl @"f_fl.abi"([2 x double] %t3)
                  %t4 = extractvalue %struct.fl %r, 0
                  %t5 = extractvalue %struct.fl %r, 1
                  %t6 = insertvalue [2 x double] poison, double %t4, 0
                  %t7 = insertvalue [2 x double] %t6, double %t5, 1
                  ret [2 x double] %t7
                }
                """, a.get("f_fl"));
    }

    @Test
    void twoFloatsAreBitcastAndASmallStructResultIsWidened() {
        IrModule rust = IrModule.parse("""
                declare { double, float } @f3r(float noundef) unnamed_addr #0
                declare i64 @scr(i32 noundef) unnamed_addr #0
                declare noundef zeroext i1 @b(i8 noundef zeroext, double) unnamed_addr #0
                """);
        IrModule c = IrModule.parse("""
                define dso_local { <2 x float>, float } @f3r(float noundef %0) local_unnamed_addr #0 {
                define dso_local range(i32 0, 16777216) i32 @scr(i32 noundef %0) local_unnamed_addr #0 {
                define dso_local zeroext i1 @b(i8 noundef zeroext %0, <2 x float> %1) local_unnamed_addr #0 {
                """);

        Map<String, String> a = CallAdapter.adapters(rust, c);

        assertTrue(a.get("f3r").contains("%t2 = bitcast <2 x float> %t0 to double\n"), a.get("f3r"));
        assertTrue(a.get("scr").contains("%t0 = zext i32 %r to i64\n  ret i64 %t0\n"), a.get("scr"));
        // C's extension attributes go on the call, where a call left would need them
        assertTrue(a.get("b").contains("call i1 @\"b.abi\"(i8 zeroext %a0, <2 x float> %t0)"), a.get("b"));
    }

    @Test
    void aHelperBuiltNotToBeInlinedLendsItsAdapterNoGroupAndExtensionsStay() {
        String helpers = """
                define dso_local zeroext i1 @h(<2 x float> %0) #1 {
                  ret i1 true
                }
                attributes #1 = { noinline nounwind optnone uwtable "target-cpu"="x86-64" }
                """;
        IrModule rust = IrModule.parse("declare noundef zeroext i1 @h(double) unnamed_addr #0");
        Map<String, String> a = CallAdapter.adapters(rust, IrModule.parse(helpers));

        assertTrue(a.get("h").startsWith("define zeroext i1 @\"h\"(double %a0) alwaysinline {"), a.get("h"));
        // -O0's noinline and the adapter's alwaysinline do not go together: no group
        assertTrue(CallAdapter.bridged(helpers, a).contains("define zeroext i1 @\"h\"(double %a0) alwaysinline {"));
    }

    @Test
    void nothingPassedThroughMemoryOrVariadicOrAlreadyAlikeIsBridged() {
        IrModule rust = IrModule.parse("""
                declare void @big(ptr sret([24 x i8]), double) unnamed_addr #0
                declare i32 @var(i32, ...) unnamed_addr #0
                declare i64 @same(i64) unnamed_addr #0
                declare i64 @widened(i64) unnamed_addr #0
                """);
        IrModule c = IrModule.parse("""
                define void @big(ptr sret(%struct.big) %0, <2 x float> %1) #0 {
                define i32 @var(i32 %0, ...) #0 {
                define i64 @same(i64 %0) #0 {
                define i32 @widened(ptr %0) #0 {
                """);

        assertEquals(Map.of(), CallAdapter.adapters(rust, c));
    }

    @Test
    void theBridgedHelpersRenameEveryReferenceAndDropTheSummaryAndTheFolder() {
        String helpers = """
                ; ModuleID = 'target/kernel-rust/helpers.bc'
                define dso_local i64 @rust_helper_span_end(i64 %0, i64 %1) #0 {
                  ret i64 %0
                }
                define dso_local i64 @rust_helper_span_end_ptr(ptr %0) #0 {
                  %2 = tail call i64 @rust_helper_span_end(i64 1, i64 2)
                  ret i64 %2
                }
                ^0 = module: (path: "helpers.bc", hash: (0, 0, 0, 0, 0))
                ^1 = gv: (name: "rust_helper_span_end")
                """;

        String out = CallAdapter.bridged(helpers, Map.of("rust_helper_span_end", "define i64 @\"rust_helper_span_end\""
                + "({ i64, i64 } %a0) alwaysinline {\n}\n"));
        // the adapter gets the C definition's attribute groups
        assertTrue(out.endsWith("define i64 @\"rust_helper_span_end\"({ i64, i64 } %a0) alwaysinline #0 {\n}\n\n"), out);

        assertTrue(out.contains("define dso_local i64 @\"rust_helper_span_end.abi\"(i64 %0, i64 %1)"), out);
        assertTrue(out.contains("tail call i64 @\"rust_helper_span_end.abi\"(i64 1, i64 2)"), out);
        // a longer name that starts with the same one is another function
        assertTrue(out.contains("define dso_local i64 @rust_helper_span_end_ptr(ptr %0)"), out);
        assertTrue(!out.contains("^0 =") && !out.contains("gv: (name:") && !out.contains("ModuleID"), out);
    }
}
