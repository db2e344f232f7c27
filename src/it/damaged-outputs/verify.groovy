// Each damaged pipeline output is healed by the next build with one WARNING naming it: a
// truncated file and a file changed in place with its size kept, for the helpers' bitcode,
// the crate's bitcode and .rmeta, the linked module and the final object. The rebuilt outputs
// have the bytes of the first build, and a step whose inputs come out the same is not run again.
// A damaged export table is written anew too.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def out = new File(basedir, 'target/kernel-rust')
assert it.toolchain(out).mode == 'inline'

def outputs = ['helpers.bc', 'shared.bc', 'libshared.rmeta', 'shared.m.bc', 'shared.o']
def table = new File(out, 'exports_shared_generated.h')
def first = (outputs + table.name).collectEntries { [it, new File(out, it).bytes] }
def truncate = { File f -> def b = f.bytes; f.bytes = b[0..<(b.length.intdiv(2))] as byte[] }
def flip = { File f -> def b = f.bytes; def i = b.length.intdiv(2); b[i] = (byte) (b[i] ^ 0x5a); f.bytes = b }

outputs.each { name ->
    [truncated: truncate, 'changed-in-place': flip].each { how, damage ->
        def f = new File(out, name)
        damage(f)
        assert f.bytes != first[name]: "${name} ${how}: the damage changed nothing"
        def log = it.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, "build-${name}-${how}.log"))
        def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
        assert warnings.size() == 1: "${name} ${how}: ${warnings}"
        assert warnings[0].contains(f.path) && warnings[0].contains('it was damaged or changed outside the build'):
                "${name} ${how}: ${warnings[0]}"
        first.each { n, bytes -> assert new File(out, n).bytes == bytes: "${name} ${how}: ${n} differs from the first build" }
        assert !out.list().any { it.endsWith('.tmp') }: "${name} ${how}: ${out.list()}"
    }
}
// the export table: rewritten from the object, at most one WARNING, and it names the table
[truncated: truncate, 'changed-in-place': flip].each { how, damage ->
    damage(table)
    def log = it.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, "build-table-${how}.log"))
    def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
    assert warnings.size() <= 1 && warnings.every { it.contains(table.path) }: "table ${how}: ${warnings}"
    first.each { n, bytes -> assert new File(out, n).bytes == bytes: "table ${how}: ${n} differs from the first build" }
}
// a damaged final object does not make rustc run again: its inputs are intact
def objLog = new File(basedir, 'build-shared.o-truncated.log').text
assert it.count(objLog, 'INFO', 'RUSTC ') == 0
assert it.count(objLog, 'INFO', 'CC shared.o') == 1
// and once healed, nothing runs and nothing is said
def quiet = it.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-intact.log'))
assert !quiet.contains('[WARNING]')
assert it.count(quiet, 'INFO', 'RUSTC ') == 0 && it.count(quiet, 'INFO', 'CC ') == 0
assert driver.run(it, basedir, new File(itShared), [new File(out, 'shared.o')]) == driver.EXPECTED
return true
