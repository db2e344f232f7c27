// A symlinked subfolder of src/main/helpers is part of the helpers (it used to be skipped, and
// its helpers left undefined with BUILD SUCCESS).
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def major = it.toolchain(out)['rustc.llvm.major']
assert new File(out, 'helpers.c').text.contains('/src/main/helpers/shared/deep/twice.c"')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.helpers*.name == ['rust_helper_own', 'rust_helper_twice']
assert report.helpers*.status == ['inlined', 'inlined']
assert !(it.nm(new File(out, 'helpers_symlinked_folder.o'), major) =~ /rust_helper_/)
return true
