// SPDX-License-Identifier: Apache-2.0
//! Moves particles with cglm's struct API (vec2s, vec3s, vec4s by value) through <wrap>'s helpers:
//! p += v * dt, then the sum of |p|^2.
#![no_std]

#[allow(dead_code, non_camel_case_types, non_upper_case_globals, non_snake_case)]
mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use ffi::*;

macro_rules! step {
    ($name:ident, $t:ty, $muladds:ident, $dot:ident) => {
        /// Moves the `n` points `p` by their velocities `v` times `dt`; returns the sum of their
        /// squared lengths afterwards.
        ///
        /// # Safety
        /// `p` and `v` point to `n` values each, `p` writable.
        #[no_mangle]
        pub unsafe extern "C" fn $name(p: *mut $t, v: *const $t, n: usize, dt: f32) -> f32 {
            let mut e = 0.0;
            for i in 0..n {
                let q = $muladds(*v.add(i), dt, *p.add(i));
                *p.add(i) = q;
                e += $dot(q, q);
            }
            e
        }
    };
}

step!(step2, vec2s, rust_helper_glms_vec2_muladds, rust_helper_glms_vec2_dot);
step!(step3, vec3s, rust_helper_glms_vec3_muladds, rust_helper_glms_vec3_dot);
step!(step4, vec4s, rust_helper_glms_vec4_muladds, rust_helper_glms_vec4_dot);
