// The default finish with cflags that are not -O2 (here -Os): focused runs -O2's passes, so it
// would not give what finish=kernel gives; the merged module is compiled with the kernel's command
// instead, and the log says why.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def finish = loader.parseClass(new File(itTools, 'FinishChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def log = new File(basedir, 'build.log').text
def obj = new File(out, 'shared.o')

assert log.contains("[INFO] finish=focused runs -O2's passes, and cflags has -Os: the merged modules are compiled as finish=kernel does, with the cflags.")
assert !log.contains('[INFO] OPT ') && !new File(out, 'shared.i.bc').exists()
// and the helpers are compiled as the kernel does too (no ThinLTO pre-link pipeline)
assert !finish.firstLine(it, new File(out, '.helpers.bc.cmd')).contains('-flto')
def words = [tc['clang.path'], '--target=x86_64-linux-gnu', '-Os', '-fno-delete-null-pointer-checks', '-fno-builtin-wcslen',
             '-Wno-override-module', '-Wno-unused-command-line-argument', '-c', new File(out, 'shared.m.bc').path, '-o',
             new File(out, 'shared.o.tmp').path]
assert finish.firstLine(it, new File(out, '.shared.o.cmd')) == 'cmd ' + words.collect { finish.quote(it.toString()) }.join(' ')
assert !(it.nm(obj, tc['rustc.llvm.major']) =~ /rust_helper_/)
assert driver.run(it, basedir, new File(itShared), [obj]) == driver.EXPECTED
return true
