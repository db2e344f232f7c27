// <wrap> over cglm's struct API (libcglm-dev), whose functions take and return vec2s, vec3s and
// vec4s (8, 12 and 16 bytes of floats) by value. rustc passes them in other IR types than clang
// (double for two floats, { double, float }, { double, double }), so LLVM would leave every call:
// the plugin links call adapters, every helper is inlined, the vec2 and vec3 loops are
// SLP-vectorized as C's are, and the results are C's, bit for bit. Out of line it builds too.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def inline = new File(basedir, 'target/kernel-rust')
def ool = new File(basedir, 'target/ool')
def major = it.toolchain(inline)['rustc.llvm.major']
def driver = new File(basedir, 'src/main/c/main.c')

def used = ['rust_helper_glms_vec2_dot', 'rust_helper_glms_vec2_muladds', 'rust_helper_glms_vec3_dot',
            'rust_helper_glms_vec3_muladds', 'rust_helper_glms_vec4_dot', 'rust_helper_glms_vec4_muladds']
def report = new groovy.json.JsonSlurper().parse(new File(inline, 'inlining-report.json'))
assert report.helpers.findAll { it.status == 'inlined' }*.name.sort() == used
assert report.abiChecked == used.size()
assert log.contains('[INFO] Call adapters for crate wrap_cglm: ' + used.join(', ') + ' (the crate passes')
assert !log.contains('does not match its C definition')
def obj = new File(inline, 'wrap_cglm.o')
assert !(it.nm(obj, major) =~ /rust_helper_/)
['step2', 'step3', 'step4'].each { f ->
    def dis = it.disassemble(obj, f, major)
    assert !(dis =~ /\bcall/): dis
    assert !(dis =~ /\bjmp\w*\s+(0x)?[0-9a-f]+ <(?!step\d)/): dis   // no tail call: jumps stay in the loop
    assert dis =~ /\b(mul|add)ps\b/: dis   // vector floats, as in C's loop
}
def expected = it.linkAndRun(basedir, 'main-c', [driver, obj], ['-lm'])
assert expected.readLines().size() == 3 && expected.readLines().every { it.contains(' same ') }: expected

// out of line: the helpers are called, and compute the same
def oobj = new File(ool, 'wrap_cglm.o')
assert it.nm(oobj, major) =~ /(?m) U rust_helper_glms_vec2_muladds$/
assert it.linkAndRun(basedir, 'main-ool', [driver, oobj, new File(ool, 'helpers.o')], ['-lm']) == expected
return true
