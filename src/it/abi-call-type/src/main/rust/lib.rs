// SPDX-License-Identifier: Apache-2.0
//! Calls helpers whose declarations (the generated bindings) pass values as C does, but in
//! another IR type than clang's; and, with --cfg=ld, a long double helper.
#![no_std]

#[allow(dead_code, non_camel_case_types)]
mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use ffi::*;

/// The end of a span, passed by value.
#[no_mangle]
pub unsafe extern "C" fn end_by_value(start: i64, len: i64) -> i64 {
    rust_helper_span_end(span { start, len })
}

/// The end of a span, passed through a pointer.
#[no_mangle]
pub unsafe extern "C" fn end_by_pointer(start: i64, len: i64) -> i64 {
    rust_helper_span_end_ptr(&span { start, len })
}

/// The two values swapped, returned as a struct of two doubles.
#[no_mangle]
pub unsafe extern "C" fn swapped_re(re: f64, im: f64) -> f64 {
    rust_helper_fpair_swap(re, im).re
}

/// x * y, the two passed as a struct of two floats.
#[no_mangle]
pub unsafe extern "C" fn fl2_dot(x: f32, y: f32) -> f32 {
    rust_helper_fl2_dot(fl2 { x, y })
}

/// The kind of the tag C makes for an id, returned as a 4-byte struct.
#[no_mangle]
pub unsafe extern "C" fn tag_kind(id: i32) -> i32 {
    rust_helper_tag_of(id).kind as i32
}

/// Twice x, through C's long double.
#[cfg(ld)]
#[no_mangle]
pub unsafe extern "C" fn twice(x: u128) -> u128 {
    rust_helper_ld_twice(x)
}
