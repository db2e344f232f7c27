// SPDX-License-Identifier: Apache-2.0
#![no_std]

#[no_mangle]
pub extern "C" fn plain_rust(x: u32) -> u32 {
    x.rotate_left(3)
}
