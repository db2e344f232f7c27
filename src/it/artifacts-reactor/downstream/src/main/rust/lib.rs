// SPDX-License-Identifier: Apache-2.0
//! The downstream crate: uses the crate of the upstream module's artifact.
#![no_std]

#[no_mangle]
pub extern "C" fn downstream_sum(n: i64) -> i64 {
    let mut sum = 0;
    let mut i = 0;
    while i < n {
        sum += upstream::scale_plus_one(i);
        i += 1;
    }
    sum
}
