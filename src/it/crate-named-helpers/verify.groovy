// A crate named helpers (the default crate of artifactId helpers) would overwrite the helper
// objects: out of line it used to build a helpers.o without the helper, inline it failed with
// llvm-link's "symbol multiply defined!". Now both modes stop before any tool runs, naming both.
def log = new File(basedir, 'build.log').text
def msg = "Crate 'helpers' would write helpers.bc, helpers.o and exports_helpers_generated.h, which helper" +
        " variant 'helpers' writes too: one would silently overwrite the other. Rename the crate: a module's crate" +
        " takes its artifactId ('-' as '_') unless <crates><crate><name> names it."
assert log.count(msg) == 2
assert !log.contains('multiply defined') && !log.contains('[INFO] HELPER ') && !log.contains('[INFO] RUSTC ')
assert !new File(basedir, 'target/kernel-rust/helpers.o').exists()
return true
