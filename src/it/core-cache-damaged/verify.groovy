// Each kind of damage to a core cache entry is healed by the next build with one WARNING naming
// the entry: a truncated libcore.rmeta, a truncated core.o, an entry without its complete marker.
// The rebuilt entry has the same bytes as the first (core builds are reproducible), so the crate,
// whose record hashes libcore.rmeta, is not compiled again.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def first = new File(basedir, 'build.log').text
assert it.count(first, 'INFO', 'RUSTC core (') == 1
assert it.count(first, 'INFO', 'RUSTC shared.bc') == 1

def cache = new File(basedir, 'target/core-cache')
def entry = cache.listFiles().find { it.isDirectory() && it.name.startsWith('core-aarch64-unknown-none-') }
assert entry != null: cache.list()
def marker = new File(entry, 'complete').text
def out = new File(basedir, 'target/kernel-rust')
def coreExports = new File(out, 'exports_core_generated.h').text
def truncate = { File f -> def b = f.bytes; f.bytes = b[0..<(b.length.intdiv(2))] as byte[] }

def cases = [
    'truncated-rmeta': [{ truncate(new File(entry, 'libcore.rmeta')) }, 'libcore.rmeta has '],
    'truncated-object': [{ truncate(new File(entry, 'core.o')) }, 'core.o has '],
    'no-marker': [{ assert new File(entry, 'complete').delete() }, 'it has no complete marker'],
]
cases.each { name, c ->
    def (damage, why) = c
    damage()
    def log = it.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, "build-${name}.log"))
    def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
    assert warnings.size() == 1: "${name}: ${warnings}"
    assert warnings[0].contains("The core cache entry ${entry} is damaged (${why}"): "${name}: ${warnings[0]}"
    assert it.count(log, 'INFO', 'RUSTC core (') == 1: name
    assert it.count(log, 'INFO', 'RUSTC compiler_builtins (') == 0: name
    assert it.count(log, 'INFO', 'RUSTC shared.bc') == 0: "${name}: the crate was compiled again"
    assert new File(entry, 'complete').text == marker: "${name}: the rebuilt core differs from the first"
    assert new File(out, 'exports_core_generated.h').text == coreExports: name
    assert !cache.list().any { it.contains('.tmp-') }: "${name}: ${cache.list()}"
}
// and an intact entry is used as it is, without a word
def quiet = it.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-intact.log'))
assert !quiet.contains('[WARNING]')
assert it.count(quiet, 'INFO', 'RUSTC ') == 0
assert driver.runAarch64(it, basedir, new File(itShared), [new File(out, 'shared.o')]) == driver.EXPECTED
return true
