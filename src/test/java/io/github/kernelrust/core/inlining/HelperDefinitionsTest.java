package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HelperDefinitions on llvm-dis output captured from clang 22 (see inlining/README.md). */
class HelperDefinitionsTest {

    private static String fixture(String name) {
        return Captured.text("inlining/" + name);
    }

    @Test
    void readsNamesAndAlwaysInlineFromX86HelperBitcode() {
        Map<String, Boolean> helpers = HelperDefinitions.parse(fixture("helpers-x86.ll"));

        assertEquals(Map.of("rust_helper_plain", false, "rust_helper_refcount_inc", true, "rust_helper_unused", true),
                helpers);
        assertEquals(List.of("rust_helper_plain", "rust_helper_refcount_inc", "rust_helper_unused"),
                new ArrayList<>(helpers.keySet()));
    }

    @Test
    void theFunctionAttrsCommentAboveADefineDoesNotCount() {
        // llvm-dis writes "; Function Attrs: ..." above each define; rust_helper_plain's line lacks
        // alwaysinline, but the comment above rust_helper_refcount_inc has it
        String ll = fixture("helpers-x86.ll");

        assertTrue(ll.contains("; Function Attrs: alwaysinline"));
        assertEquals(false, HelperDefinitions.parse(ll).get("rust_helper_plain"));
    }

    @Test
    void readsAarch64ThinLtoBitcodeWithKcfiMetadataInternalAndAvailableExternallyHelpers() {
        String ll = fixture("helpers-aarch64.ll");

        assertTrue(ll.contains("target triple = \"aarch64-unknown-linux-gnu\""));
        assertTrue(ll.contains("#0 !kcfi_type !13 {"));
        assertTrue(ll.contains("define internal range(i32 -2147483637, -2147483648) i32 @rust_helper_static("));
        assertTrue(ll.contains("define available_externally i32 @rust_helper_extern_inline("));
        assertEquals(List.of("rust_helper_extern_inline", "rust_helper_plain", "rust_helper_refcount_inc",
                "rust_helper_static", "rust_helper_unused"), new ArrayList<>(HelperDefinitions.parse(ll).keySet()));
        assertEquals(Map.of("rust_helper_extern_inline", true, "rust_helper_plain", false,
                "rust_helper_refcount_inc", true, "rust_helper_static", true, "rust_helper_unused", true),
                HelperDefinitions.parse(ll));
    }

    @Test
    void globalsAndSummaryEntriesNamedLikeHelpersAreNotHelpers() {
        // the aarch64 module has @rust_helper_static_ptr (a constant) and "^N = gv: (name: ...)" lines
        String ll = fixture("helpers-aarch64.ll");

        assertTrue(ll.contains("@rust_helper_static_ptr = dso_local"));
        assertTrue(ll.contains("^2 = gv: (name: \"rust_helper_plain\""));
        assertTrue(!HelperDefinitions.parse(ll).containsKey("rust_helper_static_ptr"));
        assertTrue(!HelperDefinitions.parse(ll).containsKey("rust_helper_extern_ptr"));
    }

    @Test
    void aDeclarationIsNotADefinitionEvenWithAnAlwaysInlineGroup() {
        // what plain -O2 (no LTO) leaves of the extern inline gnu_inline helper of helpers-aarch64.ll
        String ll = """
                ; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
                declare i32 @rust_helper_extern_inline(i32 noundef) #4

                attributes #4 = { alwaysinline nounwind null_pointer_is_valid uwtable "frame-pointer"="non-leaf-no-reserve" }
                """;

        assertEquals(Map.of(), HelperDefinitions.parse(ll));
    }

    @Test
    void readsAttributesWrittenOnTheDefineLine() {
        Map<String, Boolean> helpers = HelperDefinitions.parse(fixture("helpers-inline-attrs.ll"));

        assertEquals(Map.of("rust_helper_inline_attr", true, "rust_helper_noinline_attr", false,
                "rust_helper_group_and_inline", true, "rust_helper_group_without", false), helpers);
    }

    @Test
    void aStringAttributeThatMerelyStartsWithAlwaysinlineDoesNotCount() {
        String ll = """
                define i32 @rust_helper_x(i32 %x) #1 {
                  ret i32 %x
                }
                attributes #1 = { nounwind "alwaysinline-but-a-string"="1" }
                """;

        assertEquals(Map.of("rust_helper_x", false), HelperDefinitions.parse(ll));
    }

    @Test
    void combinesInlineAttributesWithSeveralGroups() {
        String ll = """
                define void @rust_helper_a() #0 #1 {
                  ret void
                }
                define void @rust_helper_b() #0 alwaysinline {
                  ret void
                }
                define void @rust_helper_c() #0 {
                  ret void
                }
                attributes #0 = { nounwind }
                attributes #1 = { alwaysinline }
                """;

        assertEquals(Map.of("rust_helper_a", true, "rust_helper_b", true, "rust_helper_c", false),
                HelperDefinitions.parse(ll));
    }

    @Test
    void readsOnlyTheGroupsTheDefineLineNames() {
        // parentheses inside the parameter list (captures(none)) and another group with alwaysinline
        String ll = """
                define dso_local void @rust_helper_p(ptr noundef captures(none) %0) local_unnamed_addr #1 {
                  ret void
                }
                attributes #0 = { alwaysinline }
                attributes #1 = { nounwind }
                """;

        assertEquals(Map.of("rust_helper_p", false), HelperDefinitions.parse(ll));
    }

    @Test
    void everyExternalDefinitionIsAHelperWhateverItsNameButLocalOnesAreNot() {
        // a helper need not be called rust_helper_*; a header's static inline (internal) is no helper
        String ll = """
                define dso_local i32 @helper_plain(i32 %x) #0 {
                  ret i32 %x
                }
                define internal void @refcount_inc(ptr %p) #0 {
                  ret void
                }
                define private void @str_helper(ptr %p) {
                  ret void
                }
                attributes #0 = { alwaysinline }
                """;

        assertEquals(Map.of("helper_plain", true), HelperDefinitions.parse(ll));
        assertEquals(Map.of(), HelperDefinitions.parse(""));
    }

    @Test
    void attributesOnTheDefineLineAfterOneWithParenthesesAreRead() {
        String ll = "define i32 @rust_helper_inline_memory(i32 %x) nounwind memory(none) alwaysinline {\n"
                + "define i32 @rust_helper_sync(ptr %p) uwtable(sync) alwaysinline #0 {\n";

        assertEquals(Map.of("rust_helper_inline_memory", true, "rust_helper_sync", true), HelperDefinitions.parse(ll));
    }
}
