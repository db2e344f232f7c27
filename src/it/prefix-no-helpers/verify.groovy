// The kernel-rust: prefix resolves from the plugin declared in the POM; with no helper sources the crate goes
// straight to an object (nothing to link) and the report says there are no helpers.
def out = new File(basedir, 'target/kernel-rust')
def log = new File(basedir, 'build.log').text

// the goal ran from the prefix alone (invoker.properties): the toolchain was decided once, by it
assert log.readLines().count { it.startsWith('[INFO] Mode: ') } == 1
assert log.contains('[INFO] No helper sources: nothing to compile.')
assert log.contains('[INFO] RUSTC prefix_no_helpers.o') && !log.contains('LLVM-LINK')
assert new File(out, 'exports_prefix_no_helpers_generated.h').text == 'EXPORT_SYMBOL_RUST_GPL(plain_rust);\n'
assert log.contains('[INFO] Inlining: 0 helpers')
return true
