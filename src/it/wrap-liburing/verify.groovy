// <wrap> on a real header (liburing.h, whose io_uring_sqe has anonymous unions) with no helper C
// at all: the plugin writes the helpers from clang's AST, bindgen declares them (with a libclang
// that reads anonymous unions right), both modes build, and the program agrees with C.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
def major = it.toolchain(inline)['rustc.llvm.major']
assert !new File(basedir, 'src/main/helpers').exists()

def wrapped = ['rust_helper_io_uring_cqe_get_data64', 'rust_helper_io_uring_prep_nop', 'rust_helper_io_uring_sqe_set_data',
               'rust_helper_io_uring_sqe_set_data64', 'rust_helper_io_uring_sqe_set_flags']
[inline, ool].each { out ->
    def c = new File(out, 'generated/wrap_helpers.c').text
    assert c.contains('#include <liburing.h>')
    assert c.contains('__rust_helper void rust_helper_io_uring_prep_nop(struct io_uring_sqe *sqe)\n{\n\tio_uring_prep_nop(sqe);\n}')
    assert c.contains('__rust_helper __u64 rust_helper_io_uring_cqe_get_data64(const struct io_uring_cqe *cqe)\n{\n\treturn io_uring_cqe_get_data64(cqe);\n}')
    wrapped.each { assert c.contains(" ${it}(") : it }
    def rs = new File(out, 'bindings_helpers_generated.rs').text
    assert rs.contains('pub struct io_uring_sqe {') && rs.contains('pub __bindgen_anon_1: io_uring_sqe__bindgen_ty_1,')
    assert rs =~ /libclang 1[0-5] /     // bindgen 0.60 with a libclang it reads right
}
assert log.count('[INFO] WRAP wrap_helpers.c') == 2 && log.count('[INFO] BINDGEN bindings_helpers_generated.rs') == 2
assert !log.contains('panicked')
// inline: every wrapped helper inlined, none left as a symbol
assert !(it.nm(new File(inline, 'wrap_liburing.o'), major) =~ /rust_helper_/)
def report = new groovy.json.JsonSlurper().parse(new File(inline, 'inlining-report.json'))
assert report.helpers*.name == wrapped
def used = ['rust_helper_io_uring_cqe_get_data64', 'rust_helper_io_uring_prep_nop', 'rust_helper_io_uring_sqe_set_data64',
            'rust_helper_io_uring_sqe_set_flags']
assert report.helpers.findAll { it.status == 'inlined' }*.name == used
assert report.helpers.find { it.name == 'rust_helper_io_uring_sqe_set_data' }.status == 'unused'
assert report.abiChecked == 4
// out of line: Rust calls them in helpers.o
assert it.nm(new File(ool, 'wrap_liburing.o'), major) =~ /(?m) U rust_helper_io_uring_prep_nop$/
def expected = 'opcode=0 flags=4 user_data=0x1234567890 same=1 cqe=77\n'
def main = new File(basedir, 'src/main/c/main.c')
assert it.linkAndRun(basedir, 'main-inline', [main, new File(inline, 'wrap_liburing.o')]) == expected
assert it.linkAndRun(basedir, 'main-ool', [main, new File(ool, 'wrap_liburing.o'), new File(ool, 'helpers.o')]) == expected
return true
