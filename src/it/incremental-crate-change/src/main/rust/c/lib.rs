// SPDX-License-Identifier: Apache-2.0
//! Independent of a and b, and of the helpers.
#![no_std]

#[no_mangle]
pub extern "C" fn triple(x: i64) -> i64 {
    x * 3
}
