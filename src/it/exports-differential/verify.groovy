// The export tables equal, byte for byte, what the kernel's own pipeline prints for the same
// object, with llvm-nm and with GNU nm: crate objects of both modes, helpers.o (with real
// __cfi_ symbols from -fsanitize=kcfi), and a core object built from source.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def AWK = '$2~/(T|R|D|B)/ && $3!~/__(pfx|cfi|odr_asan)/ { printf "EXPORT_SYMBOL_RUST_GPL(%s);\\n",$3 }'
def major = it.toolchain(new File(basedir, 'target/kernel-rust'))['rustc.llvm.major']
def nms = ['llvm-nm': it.llvmTool('llvm-nm', major), 'GNU nm': 'nm']

// the kernel's pipeline, through a shell on purpose: this is the reference implementation
def kernel = { String nm, File obj ->
    it.run(['sh', '-c', 'nm_tool=$1; obj=$2; "$nm_tool" -p --defined-only "$obj" | awk \'' + AWK + '\'', 'sh', nm, obj.path])
}
def checked = 0
def compare = { File table, File obj ->
    def mine = table.getText('UTF-8')
    nms.each { name, nm -> assert mine == kernel(nm, obj): "${table} vs ${name} ${obj}"; checked++ }
    return mine
}

def inline = new File(basedir, 'target/kernel-rust')
def crateInline = compare(new File(inline, 'exports_exports_differential_generated.h'), new File(inline, 'exports_differential.o'))
assert crateInline.contains('(rust_lookup);') && crateInline.contains('(RUST_TABLE);')
assert crateInline.contains('(RUST_COUNTER);') && crateInline.contains('(RUST_INITIALIZED);')
assert !crateInline.contains('helper_')        // helper symbols were internalized
assert !new File(inline, 'exports_helpers_generated.h').exists()

['ool-llvm-nm', 'ool-gnu-nm'].each { dir ->
    def out = new File(basedir, "target/${dir}")
    assert it.toolchain(out).mode == 'out-of-line'
    def nmPath = it.toolchain(out)['nm.path']
    assert dir == 'ool-gnu-nm' ? nmPath.endsWith('/nm') : nmPath.contains('llvm-nm'): nmPath
    compare(new File(out, 'exports_exports_differential_generated.h'), new File(out, 'exports_differential.o'))
    def helpers = compare(new File(out, 'exports_helpers_generated.h'), new File(out, 'helpers.o'))
    assert helpers.contains('(helper_counter);') && helpers.contains('(helper_initialized);') && helpers.contains('(helper_table);')
    assert helpers.contains('(rust_helper_lookup);')
    ['__pfx_', '__cfi_', '__odr_asan', 'helper_weak', 'helper_private'].each { assert !helpers.contains(it): it }
    // the filter had something to remove: kcfi really made __cfi_ symbols
    assert it.run([nms['GNU nm'], '-p', '--defined-only', new File(out, 'helpers.o').path]) =~ /(?m) T __cfi_rust_helper_lookup$/
    // core: the table is the kernel's for one of the cached x86_64 core objects
    def coreTable = new File(out, 'exports_core_generated.h').getText('UTF-8')
    assert coreTable.count('\n') > 100
    def cache = new File(System.getProperty('user.home'), '.cache/kernel-rust-maven-plugin/core')
    def cores = cache.listFiles().findAll { it.isDirectory() && it.name ==~ /core-x86_64-unknown-linux-gnu-[0-9a-f]{16}/ }.collect { new File(it, 'core.o') }
    def matching = cores.findAll { c -> nms.values().every { nm -> kernel(nm, c) == coreTable } }
    assert matching.size() >= 1: "no cached core.o gives the table ${out}/exports_core_generated.h"
    checked++
}
// both builds of the same sources give the same bytes
assert new File(basedir, 'target/ool-llvm-nm/helpers.o').bytes == new File(basedir, 'target/ool-gnu-nm/helpers.o').bytes
assert checked == 2 + 2 * (2 + 2) + 2
return true
