/tmp/kr capture/my crate/target dir/my_crate.bc.tmp: /tmp/kr\ capture/my\ crate/src/lib.rs /tmp/kr\ capture/my\ crate/src/net\ util/mod.rs

/tmp/kr capture/my crate/target dir/my_crate.d.tmp: /tmp/kr\ capture/my\ crate/src/lib.rs /tmp/kr\ capture/my\ crate/src/net\ util/mod.rs

/tmp/kr capture/my crate/target dir/libmy_crate.rmeta.tmp: /tmp/kr\ capture/my\ crate/src/lib.rs /tmp/kr\ capture/my\ crate/src/net\ util/mod.rs

/tmp/kr\ capture/my\ crate/src/lib.rs:
/tmp/kr\ capture/my\ crate/src/net\ util/mod.rs:

# env-dep:CARGO_PKG_VERSION_X=1
