// The refcount example, x86-64 and aarch64. finish=selective: opt twice then code generation only,
// no helper left in the object, every function it optimized again the same instructions as
// finish=kernel's (whose command line is the kernel's), and the example's C driver passes all its
// checks (natively, and under qemu). The default finish (focused): helpers compiled with ThinLTO's
// pre-link pipeline, and every function instruction for instruction finish=kernel's except the two
// atomic_add_unless ones, where the helper's cmpxchg loop no longer keeps the shape clang gave it
// alone: on x86-64 that loop is shorter than finish=kernel's.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def finish = loader.parseClass(new File(itTools, 'FinishChecks.groovy')).withTools(itTools)
def example = new File(itShared, '../../../examples/refcount/src/main').canonicalFile
def log = new File(basedir, 'build.log').text
def cflags = ['-O2', '-fno-delete-null-pointer-checks', '-fno-builtin-wcslen']

assert log.count('[INFO] OPT refcount.c.bc') == 2          // selective, once per target
assert log.count('[INFO] OPT refcount.i.bc') == 4          // and the default
def choices = (log =~ /finish=selective: (\d+) of (\d+) functions of crate refcount get -O2's passes again/).collect { m -> m }
assert choices.size() == 2 && choices.every { m -> 0 < (m[1] as int) && (m[1] as int) < (m[2] as int) }: choices
// every function of the example calls a helper: the default names no others, which it would keep
def all = (log =~ /finish=focused: (\d+) of (\d+) functions of crate refcount get -O2's passes again \(they call a helper\)(.*)/).collect { m -> m }
assert all.size() == 2 && all.every { m -> m[1] == m[2] && m[3] == '.' }: all
def driver = [new File(example, 'c/driver.c').path, '-I', new File(example, 'include').path, '-pthread']
['x86_64', 'aarch64'].each { target ->
    def obj = finish.check(it, basedir, target, 'refcount', cflags)
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, "target/kernel-rust/${target}/inlining-report.json"))
    def called = report.helpers.findAll { h -> h.calledBy }
    assert called.size() >= 10 && called.every { h -> h.status == 'inlined' && h.remainingCalls.isEmpty() }: report.helpers
    def output = finish.runChecks(it, basedir, target, obj, driver)
    assert !output.contains('FAILED') && output.count(' ok\n') >= 30: "${target}:\n${output}"
    def better = ['rust_atomic_add_unless', 'rust_atomic_add_unless_loop']
    finish.checkFocused(it, basedir, target, 'refcount', better)
    if (target == 'x86_64') {
        def major = it.toolchain(new File(basedir, "target/kernel-rust-focused/${target}"))['rustc.llvm.major']
        def length = { String dir -> finish.normalized(it, major, new File(basedir, "${dir}/${target}/refcount.o"),
                'rust_atomic_add_unless_loop').readLines().size() }
        assert length('target/kernel-rust-focused') < length('target/kernel-rust-kernel')
    }
}
return true
