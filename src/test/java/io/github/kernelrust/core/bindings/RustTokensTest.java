package io.github.kernelrust.core.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RustTokensTest {

    @Test
    void splitsBindgensTokenStreamIntoTokens() {
        assertEquals(List.of("#", "[", "repr", "(", "C", ")", "]", "pub", "struct", "a", "<", "'_", ">", "{", "pub",
                "x", ":", "[", "u8", ";", "4usize", "]", ",", "}", "fmt", ".", "write_str", "(", "\"a b\\\" c\"", ")",
                "::", "core", "->", "*", "const", "T", "1.5f64", "'a'", "'\\n'"),
                RustTokens.tokenize("# [repr (C)] pub struct a < '_ > { pub x : [u8 ; 4usize] , } fmt . write_str"
                        + " (\"a b\\\" c\") :: core -> * const T 1.5f64 'a' '\\n'"));
    }

    @Test
    void laysOutItemsAsRustfmtWould() {
        String raw = "# [repr (C)] # [derive (Debug , Copy , Clone)] pub struct refcount_t { pub refs : core :: ffi"
                + " :: c_int , } extern \"C\" { pub fn rust_helper_test_and_set_bit (nr : core :: ffi :: c_uint , addr"
                + " : * mut core :: ffi :: c_ulong) -> bool ; } impl < T > :: core :: marker :: Copy for"
                + " __BindgenUnionField < T > { } impl < T > X < T > { # [inline] pub fn as_ptr (& self) -> * const T"
                + " { self as * const _ as * const T } } pub const A : i32 = - 1 ; pub type B = [T ; 0] ;";

        assertEquals("""
                #[repr(C)]
                #[derive(Debug, Copy, Clone)]
                pub struct refcount_t {
                    pub refs: core::ffi::c_int,
                }
                extern "C" {
                    pub fn rust_helper_test_and_set_bit(nr: core::ffi::c_uint, addr: *mut core::ffi::c_ulong) -> bool;
                }
                impl<T> ::core::marker::Copy for __BindgenUnionField<T> {}
                impl<T> X<T> {
                    #[inline]
                    pub fn as_ptr(&self) -> *const T {
                        self as *const _ as *const T
                    }
                }
                pub const A: i32 = -1;
                pub type B = [T; 0];
                """, RustTokens.layout(raw));
    }
}
