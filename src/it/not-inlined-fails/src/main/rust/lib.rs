// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_fib(n: u64) -> u64;
    fn rust_helper_square(n: u64) -> u64;
}

#[no_mangle]
pub extern "C" fn use_fib(n: u64) -> u64 {
    unsafe { rust_helper_fib(n) }
}

#[no_mangle]
pub extern "C" fn use_square(n: u64) -> u64 {
    unsafe { rust_helper_square(n) }
}
