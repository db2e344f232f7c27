// Swapped arguments (CPython's PyTuple_GET_ITEM(op, i) declared as (i, op)) fail the build in
// inline and in out-of-line mode, with one paragraph: both signatures, both files and lines.
def log = new File(basedir, 'build.log').text
def lib = new File(basedir, 'src/main/rust/lib.rs').canonicalFile
def tuple = new File(basedir, 'src/main/helpers/tuple.c').canonicalFile
def paragraph = 'The Rust declaration of rust_helper_PyTuple_GET_ITEM in crate abi_swapped does not match its C' +
        ' definition, so every call passes or reads values wrongly (argument 1: Rust passes i64, C takes ptr (a' +
        ' pointer on one side only: a pointer declared as an integer, arguments in another order, or a C' +
        ' __transparent_union__, which C passes as its first member: declare that member\'s type)). Rust declares' +
        ' (i64, ptr) -> ptr at ' + lib + ':12 (`fn rust_helper_PyTuple_GET_ITEM(index: isize, op: *mut PyObject)' +
        ' -> *mut PyObject;`); C defines (ptr, i64) -> ptr at ' + tuple + ':6 (`__rust_helper PyObject' +
        ' *rust_helper_PyTuple_GET_ITEM(PyObject *op, Py_ssize_t i)`).'
assert log.count(paragraph) == 2: log
// once per mode, both at link-helpers, before anything is linked
assert log.count('[ERROR] Failed to execute goal io.github.kernelrust:kernel-rust-maven-plugin:') == 2
assert log.count('kernel-rust-maven-plugin:0.1.0-SNAPSHOT:link-helpers (default) on project abi-swapped') == 2
assert !log.contains('LLVM-LINK abi_swapped.m.bc')
assert !(log =~ /(?m)^\s+at [a-z]+\./)   // no stack trace
// the declaration that matches is not named
assert !log.contains('The Rust declaration of rust_helper_PyTuple_GET_SIZE')
// nothing that looks finished: no object in either mode
assert !new File(basedir, 'target/kernel-rust/abi_swapped.o').exists()
assert !new File(basedir, 'target/ool/abi_swapped.o').exists()
assert new File(basedir, 'target/ool/helpers.o').isFile()   // the helpers themselves are fine
return true
