// A helper's body changes, its signature does not: the helpers are compiled again, llvm-link and
// the finish run again, rustc does not (the crate and what it reads are unchanged).
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def starts = loader.parseClass(new File(itTools, 'ToolStarts.groovy')).newInstance(it, itTools, localRepositoryPath,
        basedir)
def out = new File(basedir, 'target/kernel-rust')

def first = starts.build('first')
assert first.any { s -> s.startsWith('rustc --edition') }
def helpersBc = new File(out, 'helpers.bc').bytes

def helper = new File(basedir, 'src/main/helpers/atomic.c')
assert helper.text.contains('__ATOMIC_SEQ_CST')
helper.text = helper.text.replace('__ATOMIC_SEQ_CST', '__ATOMIC_RELAXED')
def second = starts.build('second')
def started = { String tool, String text -> second.any { s -> s.startsWith(tool + ' ') && s.contains(text) } }
assert started('clang', 'helpers.bc'): second
assert new File(out, 'helpers.bc').bytes != helpersBc
assert started('llvm-link', '--internalize'): second
// the finish: opt, then clang from the inlined module to the object
assert started('opt', 'incremental_helper_body.i.bc'): second
assert started('clang', 'incremental_helper_body.o'): second
assert !second.any { s -> s.startsWith('rustc ') }: "rustc ran again: ${second}"
// nothing else of the toolchain was asked again
assert !second.any { s -> s.contains('--version') }: second
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.helpers*.status == ['inlined']
return true
