// Helpers without the rust_helper_ prefix are checked like any other: the annotated one is
// inlined, the unannotated one stays a call and is reported (with LLVM's reason), where the
// report used to say "13 helpers: 13 inlined" without a word about them.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'unprefixed_helper.o')

def compute = it.disassemble(obj, 'compute', major)
assert compute =~ /call.*<triple>/          // left as a call...
assert !(compute =~ /<twice>/)              // ...while twice was inlined
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.helpers*.name == ['triple', 'twice']
def triple = report.helpers[0]
def twice = report.helpers[1]
assert twice.annotated == true && twice.status == 'inlined' && twice.calledBy == ['unprefixed_helper']
assert triple.annotated == false && triple.status == 'not annotated' && triple.calledBy == ['unprefixed_helper']
assert triple.remainingCalls == [[object: 'unprefixed_helper.o', function: 'compute']]
assert triple.llvmReasons.size() == 1 && triple.llvmReasons[0].startsWith('not inlined into compute: ')
assert report.abiChecked == 2
assert log.contains('[INFO] Inlining: 2 helpers: 1 inlined, 1 not annotated (triple, called from compute); ABI: 2'
        + ' declarations match the C definitions')
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.size() == 1 && warnings[0].contains('triple is not annotated with __rust_helper') &&
        warnings[0].contains('LLVM says: not inlined into compute: ')
return true
