// <wrap> on liburcu's headers, whose queue and stack functions take their head as a
// __transparent_union__ (C passes it as its first member, a pointer; Rust would pass the union
// as an integer, which the ABI check refuses and no inliner inlines). The plugin's helpers take
// the first member's pointer type, bindgen declares that, every helper used is inlined, both
// modes build, and the Rust functions agree with the same calls made from C.
// The queue's dequeue helper calls a C function clang did not inline into it
// (_cds_wfcq_dequeue_with_state_blocking, shared by several): the default finish runs -O2's
// inliner for it, as finish=kernel's -O2 does, and every function is finish=kernel's.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def finish = loader.parseClass(new File(itTools, 'FinishChecks.groovy')).withTools(itTools)
def log = new File(basedir, 'build.log').text
def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
def major = it.toolchain(inline)['rustc.llvm.major']

[inline, ool].each { out ->
    def c = new File(out, 'generated/wrap_helpers.c').text
    assert c.contains('__rust_helper bool rust_helper__cds_wfcq_enqueue(struct __cds_wfcq_head *head,'
            + ' struct cds_wfcq_tail *tail, struct cds_wfcq_node *new_tail)\n{\n\treturn _cds_wfcq_enqueue(head, tail,'
            + ' new_tail);\n}')
    assert c.contains('__rust_helper bool rust_helper__cds_lfs_push(struct __cds_lfs_stack *u_s, struct cds_lfs_node *node)')
    assert !(c =~ /rust_helper_\w+\([^)]*_ptr_t /)   // no transparent union left as a parameter
    def rs = new File(out, 'bindings_helpers_generated.rs').text
    assert rs.contains('pub fn rust_helper__cds_wfcq_enqueue(head: *mut __cds_wfcq_head, tail: *mut cds_wfcq_tail,'
            + ' new_tail: *mut cds_wfcq_node) -> bool;')
    assert rs.contains('pub fn rust_helper__cds_lfs_push(u_s: *mut __cds_lfs_stack, node: *mut cds_lfs_node) -> bool;')
}
assert log.count('[INFO] WRAP wrap_helpers.c') == 4
assert !log.contains('does not match its C definition')

def used = ['rust_helper__cds_lfs_destroy', 'rust_helper__cds_lfs_init', 'rust_helper__cds_lfs_node_init',
            'rust_helper__cds_lfs_pop_blocking', 'rust_helper__cds_lfs_push', 'rust_helper__cds_wfcq_dequeue_blocking',
            'rust_helper__cds_wfcq_destroy', 'rust_helper__cds_wfcq_enqueue', 'rust_helper__cds_wfcq_init',
            'rust_helper__cds_wfcq_node_init', 'rust_helper_cds_list_add_tail', 'rust_helper_cds_list_del',
            'rust_helper_cds_list_empty', 'rust_helper_cds_list_move']
def report = new groovy.json.JsonSlurper().parse(new File(inline, 'inlining-report.json'))
assert report.helpers.findAll { it.status == 'inlined' }*.name.sort() == used
assert report.helpers.every { it.status in ['inlined', 'unused'] }
assert report.abiChecked == used.size()
def obj = new File(inline, 'wrap_liburcu.o')
assert !(it.nm(obj, major) =~ /rust_helper_/)
// the queue's enqueue is an xchg on the tail, inlined into the Rust loop
assert it.disassemble(obj, 'wfcq_order', major) =~ /\bxchg\w*\s/
assert it.nm(new File(ool, 'wrap_liburcu.o'), major) =~ /(?m) U rust_helper__cds_wfcq_enqueue$/

// the default finish: the inliner, for the one C function the helpers call that may be inlined
assert log.contains('[INFO] finish=focused: 3 of 3 functions of crate wrap_liburcu get -O2\'s passes again (they'
        + ' call a helper); -O2\'s inliner first, for the C functions their helpers call'
        + ' (_cds_wfcq_dequeue_with_state_blocking).')
assert it.record(new File(inline, '.wrap_liburcu.i.bc.cmd')).contains("'-passes=always-inline,cgscc(devirt<4>(inline,")
def kobj = new File(basedir, 'target/kernel/wrap_liburcu.o')
assert finish.sameAsKernel(it, major, 'wrap-liburcu', obj, kobj) == ['lfs_order', 'list_left', 'wfcq_order']
assert !it.disassemble(obj, 'wfcq_order', major).contains('_cds_wfcq_dequeue_with_state_blocking')

assert report.calleesLeft == []

// with the kernel's C flags the shared C function carries null_pointer_is_valid and no-builtin-wcslen,
// which the Rust function does not: LLVM leaves it a call, and the report and the log say so
def kflags = new File(basedir, 'target/kflags')
def kreport = new groovy.json.JsonSlurper().parse(new File(kflags, 'inlining-report.json'))
assert kreport.helpers.findAll { it.status == 'inlined' }*.name.sort() == used
assert kreport.calleesLeft*.name == ['_cds_wfcq_dequeue_with_state_blocking']
assert kreport.calleesLeft[0].remainingCalls == [[object: 'wrap_liburcu.o', function: 'wfcq_order']]
assert kreport.calleesLeft[0].llvmReasons.any { it.contains('conflicting attributes') }
def kobjFlags = new File(kflags, 'wrap_liburcu.o')
assert it.disassemble(kobjFlags, 'wfcq_order', major).contains('_cds_wfcq_dequeue_with_state_blocking')
assert log.count('[WARNING] _cds_wfcq_dequeue_with_state_blocking, a C function that inlined helpers call, is still'
        + ' called from Rust code: wfcq_order (wrap_liburcu.o). LLVM says: not inlined into wfcq_order: it should never'
        + ' be inlined (cost=never): conflicting attributes.') == 1
assert new File(kflags, 'inlining-report.md').text.contains('| `_cds_wfcq_dequeue_with_state_blocking` | wfcq_order'
        + ' (wrap_liburcu.o) |')

// FIFO order over 100 nodes (all 100 come out in order), LIFO order (sum of position * index),
// and 99 list entries left
def expected = 'wfcq=100/100 lfs=166650/166650 list=99/99\n'
def main = new File(basedir, 'src/main/c/main.c')
assert it.linkAndRun(basedir, 'main-inline', [main, obj]) == expected
assert it.linkAndRun(basedir, 'main-kernel', [main, kobj]) == expected
assert it.linkAndRun(basedir, 'main-kflags', [main, kobjFlags]) == expected
assert it.linkAndRun(basedir, 'main-ool', [main, new File(ool, 'wrap_liburcu.o'), new File(ool, 'helpers.o')]) == expected
return true
