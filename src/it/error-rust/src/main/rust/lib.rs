// SPDX-License-Identifier: Apache-2.0
#![no_std]

pub fn wrong() -> u32 {
    "not a number"
}
