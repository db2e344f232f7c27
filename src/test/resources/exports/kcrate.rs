#![no_std]
#![crate_type = "rlib"]
pub mod inner {
    #[inline(never)]
    pub fn work(x: u32) -> u32 { x.wrapping_mul(3) ^ super::TABLE[(x & 3) as usize] }
}
pub static TABLE: [u32; 4] = [1, 2, 3, 4];
pub static mut COUNTER: u32 = 7;
pub static mut ZEROED: [u64; 8] = [0; 8];
#[unsafe(no_mangle)]
pub extern "C" fn kr_entry(x: u32) -> u32 { unsafe { COUNTER += x; ZEROED[(x & 7) as usize] = x as u64; } inner::work(x) }
#[unsafe(no_mangle)]
pub static KR_DATA: &u32 = &TABLE[1];
