// pkg-config as a source of flags: python3-embed's --cflags reach the helpers, its --libs the
// report, beside what the inlined helpers leave for a final link (_Py_Dealloc). The pkg-config
// steps rerun only when a .pc file they read changes. And the rules of the command line.
def kr = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains("BUILD ") }
assert runs.size() == 4: runs.size()

// run 1: three pkg-config steps, then the C flags in the helpers' command
['PKG-CONFIG .pkg-config.dirs', 'PKG-CONFIG pkg-config.cflags', 'PKG-CONFIG pkg-config.libs'].each { step ->
    assert kr.count(runs[0], 'INFO', step) == 1: step
}
def cflags = new File(out, 'pkg-config.cflags').text.strip()
assert cflags == kr.run(['pkg-config', '--cflags', 'python3-embed']).strip()
def pyInclude = cflags.split(' ').find { it.startsWith('-I') }
def record = kr.record(new File(out, '.helpers.bc.cmd'))
assert record.contains(" ${pyInclude}") && record.contains(" -I ${new File(basedir, 'src/main/include').canonicalPath}")
assert new File(out, '.pkg-config.pc').text.contains('/python3-embed.pc')

// the report: what the object still needs, and the link flags that give it
def report = new File(out, 'inlining-report.json').text
def needs = (report =~ /"stillNeeds": \{"pkg_config_python\.o": \[([^\]]*)\]\}/)
assert needs.find(): report
def symbols = needs.group(1).split(', ').collect { it.replace('"', '') }
assert symbols.containsAll(['PyLong_FromLong', '_Py_Dealloc']): symbols
assert !symbols.any { it.startsWith('rust_helper_') }: symbols
def libs = (report =~ /"linkFlags": \[([^\]]*)\]/)
assert libs.find()
def linkFlags = libs.group(1).split(', ').collect { it.replace('"', '') }
assert linkFlags == kr.run(['pkg-config', '--libs', 'python3-embed']).strip().split(' ').toList(): linkFlags
assert runs[0].contains('[INFO] Link: pkg_config_python.o still needs ') && runs[0].contains('(pkg-config --libs: -lpython3.11)')

def major = kr.toolchain(out)['rustc.llvm.major']
def obj = new File(out, 'pkg_config_python.o')
assert !(kr.nm(obj, major) =~ /rust_helper_/)
// the link as the report says: the objects, then pkg-config's --libs
def drive = { String exe ->
    def bin = new File(basedir, exe)
    kr.run(['cc', '-O2'] + new File(out, 'pkg-config.cflags').text.strip().split(' ').toList()
            + [new File(basedir, 'src/main/c/driver.c').path, obj.path] + linkFlags + ['-o', bin.path])
    return kr.run([bin.path], basedir)
}
assert drive('driver') == 'refcnt=2 mark=0\n'

// run 2: the POM's <cflag> elements won over -DkernelRust.cflags=-O3, said once, and nothing reran
def warning = '[WARNING] -DkernelRust.cflags=-O3 is ignored: the POM sets <cflags> to [-O2, -fno-delete-null-pointer-checks]'
assert runs[1].count(warning) == 1: runs[1]
['PKG-CONFIG', 'HELPER', 'RUSTC', 'CC '].each { assert kr.count(runs[1], 'INFO', it) == 0: "${it}: ${runs[1]}" }
assert !new File(out, '.helpers.bc.cmd').text.contains('-O3')

// runs 3 and 4: the errors
assert runs[2].contains("Include directory [${new File(basedir, 'src/main/inclde').canonicalPath}] does not exist")
assert runs[3].contains("pkg-config knows no package 'nosuchpkg' (kernelRust.pkgConfig = [nosuchpkg]). Install its"
        + " development files (Debian: the package that ships nosuchpkg.pc, such as libnosuchpkg-dev;")

// a .pc file of our own through PKG_CONFIG_PATH: the steps rerun, and again when the file changes
def pcDir = new File(basedir, 'pc')
pcDir.mkdirs()
def systemPc = kr.run(['pkg-config', '--path', 'python3-embed']).strip()
def pc = new File(pcDir, 'python3-embed.pc')
def withMark = { int mark -> pc.text = new File(systemPc).text.replaceFirst(/(?m)^Cflags: (.*)$/, "Cflags: \$1 -DKR_PC_MARK=${mark}") }
def build = { String name ->
    def logFile = new File(basedir, name)
    def p = kr.startMaven(itTools, localRepositoryPath, basedir, ['verify', '-DkernelRust.includes=src/main/include'],
            logFile, [], ['PKG_CONFIG_PATH': pcDir.path])
    assert p.waitFor(600, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0: logFile.text
    return logFile.text
}
withMark(1)
def first = build('build-pc-1.log')
assert kr.count(first, 'INFO', 'PKG-CONFIG pkg-config.cflags') == 1 && kr.count(first, 'INFO', 'HELPER helpers.bc') == 1
assert new File(out, '.pkg-config.pc').text.contains(pc.path)
assert drive('driver-1') == 'refcnt=2 mark=1\n'
def same = build('build-pc-same.log')
['PKG-CONFIG', 'HELPER', 'RUSTC'].each { assert kr.count(same, 'INFO', it) == 0: "${it}: ${same}" }
withMark(2)
def second = build('build-pc-2.log')
assert kr.count(second, 'INFO', 'PKG-CONFIG pkg-config.cflags') == 1 && kr.count(second, 'INFO', 'HELPER helpers.bc') == 1
assert drive('driver-2') == 'refcnt=2 mark=2\n'
return true
