#![no_std]
#[repr(C)] #[derive(Clone, Copy)] pub struct Pair { a: i64, b: i64 }
#[repr(C)] #[derive(Clone, Copy)] pub struct Big { a: i64, b: i64, c: i64 }
#[repr(C)] #[derive(Clone, Copy)] pub struct Small { a: i32, b: i8 }
#[repr(C)] #[derive(Clone, Copy)] pub struct Fl { x: f64, y: f64 }
#[repr(C)] #[derive(Clone, Copy)] pub struct Mix { a: i32, b: f32 }
extern "C" {
 fn f_pair(p: Pair) -> Pair; fn f_big(p: Big) -> Big; fn f_small(p: Small) -> Small; fn f_fl(p: Fl) -> Fl; fn f_mix(p: Mix) -> Mix;
 fn f_u8(c: u8, s: i8, h: i16, uh: u16) -> u8; fn f_bool(b: bool) -> bool; fn f_var(n: i32, ...) -> i32; fn f_char(c: i8) -> i8;
}
#[no_mangle] pub unsafe extern "C" fn use_all(p: *mut Pair, b: *mut Big, s: *mut Small, f: *mut Fl, m: *mut Mix) -> i32 {
 *p = f_pair(*p); *b = f_big(*b); *s = f_small(*s); *f = f_fl(*f); *m = f_mix(*m);
 f_u8(1,2,3,4) as i32 + f_bool(true) as i32 + f_var(1, 2i32) + f_char(3) as i32
}
