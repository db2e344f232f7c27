// Crates a, b (depends on a, links the helper) and c (independent). Changing a rebuilds a and b
// (whose inputs include a's metadata), and not c.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def starts = loader.parseClass(new File(itTools, 'ToolStarts.groovy')).newInstance(it, itTools, localRepositoryPath,
        basedir)
def out = new File(basedir, 'target/kernel-rust')
def rustc = { List<String> log, String crate -> log.any { s -> s.startsWith('rustc ') && s.contains("--crate-name=${crate} ") } }

def first = starts.build('first')
['a', 'b', 'c'].each { c -> assert rustc(first, c): "${c} not compiled: ${first}" }
def cObject = starts.snapshot(out).findAll { k, v -> k ==~ /(\.)?(c\.o|libc\.rmeta|c\.d|c\.bc)(\.cmd)?/ }
assert cObject.containsKey('c.o')

def a = new File(basedir, 'src/main/rust/a/lib.rs')
a.text = a.text.replace('(i % 7)', '(i % 5)')
def second = starts.build('second')
assert rustc(second, 'a'): second
assert rustc(second, 'b'): second
assert !rustc(second, 'c'): "c was rebuilt: ${second}"
assert second.any { s -> s.startsWith('llvm-link ') && s.contains('b.m.bc') }: second
// c's outputs and records are untouched, byte for byte and timestamp
assert starts.snapshot(out).findAll { k, v -> cObject.containsKey(k) } == cObject
// sum of (i % 5) + 1 for i in 0..70 = 14 * 15 = 210
def objects = ['a.o', 'b.o', 'c.o'].collect { o -> new File(out, o) }
assert it.linkAndRun(basedir, 'main', [new File(basedir, 'src/main/c/main.c')] + objects) == 'v=210 triple=630\n'
return true
