package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.inlining.AbiCheck;
import io.github.kernelrust.core.inlining.IrModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ABI mismatches are real, told by the Rust source where the IR cannot tell. */
class BoundaryTest {

    // bindgen 0.60's bindings of struct sc { short a; char b; } and its helpers (aarch64)
    private static final String BINDINGS = """
            #[repr(C)]
            #[derive(Debug, Copy, Clone)]
            pub struct sc {
                pub a: core::ffi::c_short,
                pub b: core::ffi::c_char,
            }
            pub type sc_t = sc;
            extern "C" {
                pub fn rust_helper_t_scr(a: core::ffi::c_int) -> sc;
                pub fn rust_helper_t_sct(a: core::ffi::c_int) -> sc_t;
                pub fn rust_helper_width(a: core::ffi::c_int) -> u64;
                pub fn rust_helper_cb(f: ::core::option::Option<unsafe extern "C" fn(x: i32) -> sc>) -> u64;
            }
            """;

    @Test
    void aStructOrATypedefOfOneIsAStructResultAndAnIntegerIsNot() {
        assertTrue(Boundary.returnsStruct(BINDINGS, "rust_helper_t_scr"));
        assertTrue(Boundary.returnsStruct(BINDINGS, "rust_helper_t_sct"));
        assertFalse(Boundary.returnsStruct(BINDINGS, "rust_helper_width"));
        // the function pointer's result is not the declaration's
        assertFalse(Boundary.returnsStruct(BINDINGS, "rust_helper_cb"));
        assertFalse(Boundary.returnsStruct(BINDINGS, "rust_helper_missing"));
    }

    @Test
    void aWidenedStructResultOfTheBindingsOnAarch64IsNotAMismatchAndAWidenedIntegerIs(@TempDir Path dir) throws IOException {
        Path rs = Files.writeString(dir.resolve("bindings_helpers_generated.rs"), BINDINGS);
        IrModule rust = IrModule.parse("""
                declare dso_local i64 @rust_helper_t_scr(i32 noundef) unnamed_addr #0
                declare dso_local i64 @rust_helper_width(i32 noundef) unnamed_addr #0
                """);
        IrModule c = IrModule.parse("""
                define dso_local range(i32 0, 16777216) i32 @rust_helper_t_scr(i32 noundef %0) local_unnamed_addr #0 {
                define dso_local i32 @rust_helper_width(i32 noundef %0) local_unnamed_addr #0 {
                """);

        List<AbiCheck.Mismatch> all = AbiCheck.compare(rust, c);
        assertEquals(2, all.size());
        assertEquals(List.of("rust_helper_width"), Boundary.real(all, List.of(rs), true).stream()
                .map(AbiCheck.Mismatch::name).toList());
        // x86-64 rustc returns a small struct as an integer of its size: a wider one is a wider struct
        assertEquals(2, Boundary.real(all, List.of(rs), false).size());
        // a declaration the user wrote: the IR cannot tell a wider struct from the right one
        Path lib = Files.writeString(dir.resolve("lib.rs"), BINDINGS);
        assertEquals(2, Boundary.real(all, List.of(lib), true).size());
    }
}
