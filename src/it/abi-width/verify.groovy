// A width mismatch (Rust i32 for C's Py_ssize_t) fails the build in both modes, where it used to
// fail inline with a misleading "LLVM declined to inline" and pass out of line without a word.
def log = new File(basedir, 'build.log').text
def lib = new File(basedir, 'src/main/rust/lib.rs').canonicalFile
def tuple = new File(basedir, 'src/main/helpers/tuple.c').canonicalFile
def paragraph = 'The Rust declaration of rust_helper_PyTuple_GET_SIZE in crate abi_width does not match its C' +
        ' definition, so every call passes or reads values wrongly (the result: Rust expects i32, C returns i64' +
        ' (integers of different widths: e.g. u64 for unsigned int, or i32 for Py_ssize_t)). Rust declares' +
        ' (ptr) -> i32 at ' + lib + ':13 (`fn rust_helper_PyTuple_GET_SIZE(op: *mut PyObject) -> i32;`); C' +
        ' defines (ptr) -> i64 at ' + tuple + ':11 (`__rust_helper Py_ssize_t rust_helper_PyTuple_GET_SIZE(PyObject' +
        ' *op)`).'
assert log.count(paragraph) == 2: log
assert !log.contains('LLVM declined')
assert !log.contains('LLVM-LINK abi_width.m.bc')
assert !new File(basedir, 'target/kernel-rust/abi_width.o').exists()
assert !new File(basedir, 'target/ool/abi_width.o').exists()
return true
