// SPDX-License-Identifier: Apache-2.0
#![no_std]

extern "C" {
    fn rust_helper_lookup(i: i32) -> i32;
}

#[no_mangle]
pub static RUST_TABLE: [u32; 4] = [9, 8, 7, 6];
#[no_mangle]
pub static mut RUST_COUNTER: u64 = 0;
#[no_mangle]
pub static mut RUST_INITIALIZED: u64 = 5;

#[no_mangle]
pub extern "C" fn rust_lookup(i: i32) -> i32 {
    unsafe {
        RUST_COUNTER = RUST_COUNTER.wrapping_add(RUST_INITIALIZED);
        rust_helper_lookup(i).wrapping_add(RUST_TABLE[(i & 3) as usize] as i32)
    }
}
