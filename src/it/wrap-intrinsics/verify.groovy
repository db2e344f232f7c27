// <wrap><function>.*</function> over a header that includes the compiler's own headers (cpuid.h,
// x86gprintrin.h), as DPDK's do: the expression takes the library's functions, not the compiler's
// intrinsics (which bindgen's libclang 14 may not know, and whose target features a helper lacks),
// nor the library's function with a target attribute; named, that one is wrapped with its
// attribute. Both are inlined into the Rust loop, which computes what C does.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def c = new File(out, 'generated/wrap_helpers.c').text
def helpers = (c =~ /rust_helper_(\w+)\(/).collect { m -> m[1] }
assert helpers == ['lib_mix', 'lib_crc_step']
assert c.contains('__rust_helper __attribute__((__target__("crc32"))) unsigned int rust_helper_lib_crc_step(')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.helpers*.name.sort() == ['rust_helper_lib_crc_step', 'rust_helper_lib_mix']
assert report.helpers.every { it.status == 'inlined' }
def obj = new File(out, 'wrap_intrinsics.o')
assert !(it.nm(obj, major) =~ /rust_helper_/)
assert it.disassemble(obj, 'mix_crc', major) =~ /\bcrc32l\b/
def run = it.linkAndRun(basedir, 'main', [new File(basedir, 'src/main/c/main.c'), obj],
        ['-I', new File(basedir, 'src/main/include').path])
assert run =~ /^crc=([0-9a-f]+)\/\1\n$/
return true
