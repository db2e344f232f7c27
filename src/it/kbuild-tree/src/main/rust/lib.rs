// SPDX-License-Identifier: GPL-2.0
//! A kernel-style crate over a Kbuild tree: built with Kbuild's own rustflags, lints included,
//! configured by the tree's `include/generated/rustc_cfg`.
#![no_std]

#[allow(non_camel_case_types, non_snake_case, unreachable_pub, dead_code, missing_docs)]
mod ffi {
    include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs"));
}

/// Takes `n` more references to a new object, drops all of them, and returns how many of the
/// drops freed it (1, the last).
#[no_mangle]
pub extern "C" fn kr_take_and_drop(n: i32) -> i32 {
    let mut r = ffi::refcount_t { refs: ffi::atomic_t { counter: 1 } };
    for _ in 0..n {
        // SAFETY: `r` is a valid refcount for the whole loop.
        unsafe { ffi::rust_helper_refcount_inc(&mut r) };
    }
    let mut freed = 0;
    for _ in 0..=n {
        // SAFETY: as above.
        if unsafe { ffi::rust_helper_refcount_dec_and_test(&mut r) } {
            freed += 1;
        }
    }
    freed
}

/// The number of CPUs as C's configuration says, times 100, plus 1 where Rust's says SMP.
#[no_mangle]
pub extern "C" fn kr_cpus() -> i32 {
    // SAFETY: the helper only reads the configuration.
    let n = unsafe { ffi::rust_helper_kr_nr_cpus() };
    n * 100 + if cfg!(CONFIG_SMP) { 1 } else { 0 }
}

/// Where C's `__FILE__` says the configuration's header is.
#[no_mangle]
pub extern "C" fn kr_where() -> *const core::ffi::c_char {
    // SAFETY: the helper returns a string literal.
    unsafe { ffi::rust_helper_kr_where() }
}

/// The kernel crate defines the panic handler, and so does this one.
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
