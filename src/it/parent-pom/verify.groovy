// Both modules build with the configuration and executions of the parent's pluginManagement.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
['one', 'two'].each { m ->
    def out = new File(basedir, "${m}/target/kernel-rust")
    def tc = it.toolchain(out)
    assert tc.mode == 'inline'
    def obj = new File(out, "module_${m}.o")
    assert !(it.nm(obj, tc['rustc.llvm.major']) =~ /rust_helper_/)
    // the parent's exportFormat and cflags reached the module
    assert new File(out, "exports_module_${m}_generated.h").text == "EXPORT_SYMBOL_GPL(${m}_hash_twice);\n"
    assert new File(out, '.helpers.bc.cmd').text.contains(' -fno-builtin-wcslen ')
    def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
    assert report.helpers*.name == ["rust_helper_${m}_hash"] && report.helpers[0].status == 'inlined'
}
return true
