/tmp/kr capture/two.d: src/two.rs src/d$x#y/m.rs

src/two.rs:
src/d$x#y/m.rs:
