// SPDX-License-Identifier: Apache-2.0
//! Plain Rust; b inlines step (its body is in a's metadata).
#![no_std]

#[inline]
pub fn step(i: u64) -> i64 {
    (i % 7) as i64 + 1
}
