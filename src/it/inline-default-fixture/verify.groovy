// The bench fixture's 16 shapes, x86-64 and aarch64. finish=selective: opt twice then code
// generation only, no helper left, every function it optimized again the same instructions as
// finish=kernel's (whose command line is the kernel's), and every Rust function computes what its C
// twin computes (bench/fixture-driver.c, natively and under qemu). The default finish (focused):
// every function instruction for instruction finish=kernel's.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def finish = loader.parseClass(new File(itTools, 'FinishChecks.groovy')).withTools(itTools)
def source = new File(itTools, '../../../bench/fixture-driver.c').canonicalFile
def log = new File(basedir, 'build.log').text
def cflags = ['-O2', '-fno-delete-null-pointer-checks', '-fno-builtin-wcslen']

assert log.count('[INFO] OPT fixture.c.bc') == 2                      // selective, once per target
assert log.count('[INFO] OPT fixture.i.bc') == 4                      // and the default
assert (log =~ /\[INFO\] Inlining: \d+ helpers: 16 inlined[,;\n]/).size() == 2  // one report per target
def driver = [source.path, '-I', new File(basedir, 'fixture/src/main/include').path, '-DVARIANTS=X()']
['x86_64', 'aarch64'].each { target ->
    def obj = finish.check(it, basedir, target, 'fixture', cflags)
    def output = finish.runChecks(it, basedir, target, obj, driver)
    assert !output.contains('FAILED') && output.count(' rust ok\n') == 16: "${target}:\n${output}"
    finish.checkFocused(it, basedir, target, 'fixture')
}
return true
