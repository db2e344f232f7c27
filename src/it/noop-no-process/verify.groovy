// A rebuild with nothing changed starts no process at all: no version probe, no rustc --print,
// no llvm-nm, llvm-dis or llvm-objdump (tool answers are kept in .tool-answers), and it leaves
// every output as it was, byte for byte and timestamp. It says so in one line.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def starts = loader.parseClass(new File(itTools, 'ToolStarts.groovy')).newInstance(it, itTools, localRepositoryPath,
        basedir)
def out = new File(basedir, 'target/kernel-rust')

def first = starts.build('first')
// the wrappers see the tools: the first build compiled, linked and checked through them
['rustc', 'clang', 'llvm-link', 'llvm-nm', 'llvm-objdump'].each { tool ->
    assert first.any { s -> s.startsWith(tool + ' ') }: "${tool} not started through the wrappers: ${first}"
}
assert first.any { s -> s.startsWith('rustc -vV') }
def before = starts.snapshot(out)
assert before.containsKey('shared.o') && before.containsKey('.tool-answers')

def second = starts.build('second')
assert second == []: "the no-op build started ${second.size()} tool(s): ${second}"
assert starts.snapshot(out) == before
def log = new File(basedir, 'second.log').text
assert it.count(log, 'INFO', 'kernel-rust: nothing changed, no tool run') == 1
assert it.count(new File(basedir, 'first.log').text, 'INFO', 'kernel-rust: nothing changed') == 0

// a replaced tool is noticed without running it: touching the llvm-nm wrapper asks it again
def nm = new File(starts.wrappers, 'llvm-nm')
nm.setLastModified(nm.lastModified() - 60000)
def third = starts.build('third')
assert third.any { s -> s.startsWith('llvm-nm --version') }: third
assert !third.any { s -> s.startsWith('rustc ') }: third
assert it.count(new File(basedir, 'third.log').text, 'INFO', 'kernel-rust: nothing changed') == 0
return true
