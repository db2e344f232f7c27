// SPDX-License-Identifier: Apache-2.0
//! Plain Rust, no helpers: compiled straight to an object.
#![no_std]

#[inline(never)]
pub fn step(i: u64) -> i64 {
    (i % 7) as i64 + 1
}
