// SPDX-License-Identifier: Apache-2.0
//! A crate of real size: the Rust standard library's libm (prebuild.groovy copies it from the
//! installed Rust sources into target/libm) and two functions that call C helpers around it.
#![no_std]

#[path = "../../../target/libm/mod.rs"]
pub mod libm;

mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

use core::ffi::{c_uint, c_ulong};
use ffi::{refcount_t, rust_helper_refcount_inc, rust_helper_test_and_set_bit};

/// The driver links the sysroot's `core` for what libm leaves to it (panics): it needs a handler.
#[panic_handler]
fn on_panic(_: &core::panic::PanicInfo) -> ! {
    loop {
        core::hint::spin_loop();
    }
}

/// The sum of `fmod(x[i], y[i])` over `n` pairs; takes a reference on `r` for each.
#[no_mangle]
pub unsafe extern "C" fn libm_fmod_sum(x: *const f64, y: *const f64, n: usize, r: *mut refcount_t) -> f64 {
    let mut sum = 0.0;
    let mut i = 0;
    while i < n {
        rust_helper_refcount_inc(r);
        sum += libm::fmod(*x.add(i), *y.add(i));
        i += 1;
    }
    sum
}

/// For k in 0..n, sets bit `floor(sqrt(k))` (below 128 for n up to 16384) and returns how many of
/// those bits were set already.
#[no_mangle]
pub unsafe extern "C" fn libm_sqrt_bits(addr: *mut c_ulong, n: c_uint) -> c_uint {
    let mut already = 0;
    let mut k = 0;
    while k < n {
        let nr = libm::floor(libm::sqrt(k as f64)) as c_uint;
        if rust_helper_test_and_set_bit(nr, addr) {
            already += 1;
        }
        k += 1;
    }
    already
}
