// upstream's zip is attached and installed; downstream unpacked it, compiled against its rmeta,
// and its object calls upstream's function, which a C program links from the unpacked folder.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def triple = 'x86_64-unknown-linux-gnu'
def upOut = new File(basedir, 'upstream/target/kernel-rust')
def downOut = new File(basedir, 'downstream/target/kernel-rust')
def tc = it.toolchain(upOut)
def major = tc['rustc.llvm.major']
def log = new File(basedir, 'build.log').text

def names = { File zip -> new java.util.zip.ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } } }
def built = new File(basedir, "upstream/target/upstream-1-${triple}.zip")
// the invoker's local repository (a script variable), where install put it
def repo = binding.hasVariable('localRepositoryPath') ? new File(localRepositoryPath.toString())
        : new File(basedir, '../../local-repo')
def installed = new File(repo, "it/artifacts/upstream/1/upstream-1-${triple}.zip")
assert built.isFile() && installed.isFile()
assert installed.bytes == built.bytes
def expected = ['exports_upstream_generated.h', 'inlining-report.json', 'inlining-report.md',
                'kernel-rust-artifact.properties', 'libupstream.rmeta', 'upstream.o']
if (tc['mode'] == 'out-of-line') {
    expected = (expected + ['exports_helpers_generated.h', 'helpers.o']).sort()
}
assert names(installed) == expected
// fixed entry times: the same outputs give the same bytes
new java.util.zip.ZipFile(installed).withCloseable { z ->
    z.entries().each { e -> assert e.timeLocal == java.time.LocalDateTime.of(1980, 2, 1, 0, 0) }
}
def manifest = new Properties()
new java.util.zip.ZipFile(installed).withCloseable { z ->
    manifest.load(z.getInputStream(z.getEntry('kernel-rust-artifact.properties')))
}
assert manifest.triple == triple && manifest.crates == 'upstream' && manifest.layout == '1'

// downstream: unpacked once, rustc told where upstream's crate is
def deps = new File(basedir, "downstream/target/kernel-rust-deps/upstream/${triple}")
assert names(installed).every { new File(deps, it).isFile() }
def unpack = "[INFO] UNPACK upstream-1-${triple}.zip -> kernel-rust-deps/upstream/${triple}"
// run 1 unpacks; run 2 (the same zip) does not; run 3 (a new upstream.o) does
assert log.count(unpack) == 2
// upstream's Rust code and so its rmeta did not change: downstream's crate was compiled once
assert log.count('[INFO] RUSTC downstream.o') == 1 && log.count('[INFO] RUSTC upstream.bc') == 1
assert log.count('[INFO] CC upstream.o') == 2
def cmd = it.record(new File(downOut, '.downstream.o.cmd'))
assert cmd.contains("--extern upstream=${new File(deps, 'libupstream.rmeta').canonicalFile}")
assert cmd.contains("-L dependency=${deps.canonicalFile}")
// the upstream module packs nothing of downstream's, and downstream is packaged too
assert new File(basedir, "downstream/target/downstream-1-${triple}.zip").isFile()

// downstream's object calls upstream's function (v0 or legacy mangling), which upstream's object defines
def fn = /_ZN8upstream14scale_plus_one|_RNv\w*8upstream14scale_plus_one/
assert it.nm(new File(downOut, 'downstream.o'), major) =~ /(?m) U (${fn})/
def upSyms = it.nm(new File(deps, 'upstream.o'), major)
assert upSyms =~ /(?m) T (${fn})/
if (tc['mode'] == 'inline') {
    assert !(upSyms =~ /rust_helper_scale/)
}
// run 3's helper: sum of (4i + 1) for i in 0..10 = 190
def run = it.linkAndRun(basedir, 'main', [new File(basedir, 'downstream/src/main/c/main.c'),
                                         new File(downOut, 'downstream.o'), new File(deps, 'upstream.o')])
assert run == 'sum=190\n'
return true
