pub const ONE: i64 = 1;
