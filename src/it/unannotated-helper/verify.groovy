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

// LLVM's reason comes from a clang run over the merged module; a rebuild with nothing changed
// asks it again no more than any other tool (its answer is kept), and still gives the reason
def starts = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ToolStarts.groovy'))
        .newInstance(it, itTools, localRepositoryPath, basedir)
def first = starts.build('first')
assert first.any { s -> s.startsWith('clang') && s.contains('-Rpass-missed=inline') }: first
def second = starts.build('second')
assert second == []: "the no-op build started ${second.size()} tool(s): ${second}"
def again = new File(basedir, 'second.log').readLines().findAll { it.startsWith('[WARNING]') }
assert again.size() == 1 && again[0].contains('rust_helper_triple is not annotated with __rust_helper')
assert again[0].contains('; LLVM says: not inlined into compute'): again
return true
