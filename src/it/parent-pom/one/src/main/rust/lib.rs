// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_one_hash(x: u32) -> u32;
}

#[no_mangle]
pub extern "C" fn one_hash_twice(x: u32) -> u32 {
    unsafe { rust_helper_one_hash(rust_helper_one_hash(x)) }
}
