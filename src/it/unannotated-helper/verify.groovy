// A helper without __rust_helper stays a call in inline mode: documented, warned about, not fatal.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'unannotated_helper.o')

def syms = it.nm(obj, major)
assert syms =~ /(?m) t rust_helper_triple$/      // linked in, made local by --internalize...
assert it.disassemble(obj, 'compute', major) =~ /rust_helper_triple/   // ...and still called
assert !(syms =~ /rust_helper_twice/)              // the annotated one is gone
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.size() == 1: warnings
assert warnings[0].contains('rust_helper_triple is not annotated with __rust_helper')
assert warnings[0].contains('called from compute')
assert log.contains('[INFO] Inlining: 2 helpers: 1 inlined, 1 not annotated (rust_helper_triple, called from compute)')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
def triple = report.helpers.find { it.name == 'rust_helper_triple' }
assert triple.annotated == false && triple.status == 'not annotated'
assert triple.remainingCalls == [[object: 'unannotated_helper.o', function: 'compute']]
assert report.helpers.find { it.name == 'rust_helper_twice' }.status == 'inlined'
return true
