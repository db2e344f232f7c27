// Warnings of steps that succeeded reach the log at WARN, once each, with file:line (they used to
// be thrown away with the step's output), again while the step is up to date, and the report
// counts them.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')
def lines = log.readLines()
def clang = lines.findAll { it.startsWith('[WARNING] HELPER helpers.bc: ') }
def rustc = lines.findAll { it.startsWith('[WARNING] RUSTC warnings_reported.bc: ') }
// one per build (the second build runs no tool and shows the same ones)
assert clang.size() == 2 && rustc.size() == 2: lines.findAll { it.startsWith('[WARNING]') }
assert clang[0] =~ /code\.c:7:1: warning: non-void function does not return a value in all control paths \[-Wreturn-type\]/
assert rustc[0].contains('warning: `extern` block uses type `char`, which is not FFI-safe')
assert log =~ /--> [^\n]*src\/main\/rust\/lib\.rs:6:36/
// the second build ran no compiler
def second = log.substring(log.lastIndexOf('Scanning for projects'))
assert !second.contains('[INFO] HELPER helpers.bc') && !second.contains('[INFO] RUSTC warnings_reported.bc')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.warnings.size() == 2
assert report.summary.endsWith('; 2 compiler warnings')
assert new File(out, 'inlining-report.md').text.contains('Compiler warnings (2)')
return true
