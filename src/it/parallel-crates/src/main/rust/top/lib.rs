// SPDX-License-Identifier: Apache-2.0
#![no_std]

/// (2x) + 1, through both crates it depends on.
#[no_mangle]
pub extern "C" fn top_twice_inc(x: i32) -> i32 {
    right::right_inc(left::left_twice(x))
}
