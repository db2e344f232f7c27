// The default finish on the refcount example, x86-64 and aarch64: opt then code generation only,
// no helper left in the object, the same object as finish=kernel (whose command line is the
// kernel's), and the example's C driver passes all its checks (natively, and under qemu).
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def finish = loader.parseClass(new File(itTools, 'FinishChecks.groovy'))
def example = new File(itShared, '../../../examples/refcount/src/main').canonicalFile
def log = new File(basedir, 'build.log').text
def cflags = ['-O2', '-fno-delete-null-pointer-checks', '-fno-builtin-wcslen']

assert log.count('[INFO] OPT refcount.i.bc') == 2          // the default finish, once per target
def driver = [new File(example, 'c/driver.c').path, '-I', new File(example, 'include').path, '-pthread']
['x86_64', 'aarch64'].each { target ->
    def obj = finish.check(it, basedir, target, 'refcount', cflags)
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, "target/kernel-rust/${target}/inlining-report.json"))
    def called = report.helpers.findAll { h -> h.calledBy }
    assert called.size() >= 10 && called.every { h -> h.status == 'inlined' && h.remainingCalls.isEmpty() }: report.helpers
    def output = finish.runChecks(it, basedir, target, obj, driver)
    assert !output.contains('FAILED') && output.count(' ok\n') >= 30: "${target}:\n${output}"
}
return true
