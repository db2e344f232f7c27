// One zip per target, each with that target's objects, installed under its triple; verify-inlining
// is not bound, so package ran the analysis itself and the zips hold its report.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def repo = binding.hasVariable('localRepositoryPath') ? new File(localRepositoryPath.toString())
        : new File(basedir, '../../local-repo')
['x86_64': ['x86_64-unknown-linux-gnu', 'X86-64'], 'aarch64': ['aarch64-unknown-none', 'AArch64']].each { target, v ->
    def (triple, machine) = v
    def zip = new File(basedir, "target/two-targets-zip-1-${triple}.zip")
    def installed = new File(repo, "it/artifacts/two-targets-zip/1/two-targets-zip-1-${triple}.zip")
    assert zip.isFile() && installed.bytes == zip.bytes
    assert log.contains("[INFO] PACKAGE two-targets-zip-1-${triple}.zip")
    new java.util.zip.ZipFile(installed).withCloseable { z ->
        def names = z.entries().collect { it.name }
        assert ['two_targets_zip.o', 'libtwo_targets_zip.rmeta', 'inlining-report.json',
                'kernel-rust-artifact.properties'].every { names.contains(it) }: names
        def manifest = new Properties()
        manifest.load(z.getInputStream(z.getEntry('kernel-rust-artifact.properties')))
        assert manifest.target == target && manifest.triple == triple
        def report = new groovy.json.JsonSlurper().parse(z.getInputStream(z.getEntry('inlining-report.json')))
        assert report.target == target && report.helpers*.status == ['inlined']
        // the packed object is that target's
        def obj = new File(basedir, "target/${target}.o")
        obj.bytes = z.getInputStream(z.getEntry('two_targets_zip.o')).bytes
        def major = it.toolchain(new File(basedir, "target/kernel-rust/${target}"))['rustc.llvm.major']
        assert it.run([it.llvmTool('llvm-readelf', major), '-h', obj.path]) =~ /Machine:.*\Q${machine}\E/
    }
}
assert log.count('[INFO] Inlining: 1 helper: 1 inlined') == 2
return true
