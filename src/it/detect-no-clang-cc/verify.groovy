def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def tc = it.toolchain(new File(basedir, 'target/kernel-rust'))
def log = new File(basedir, 'build.log').text

assert tc.mode == 'out-of-line'
assert tc.cCompiler == 'cc'
assert tc['clang.path'] == null
assert tc['cc.path'] != null
assert log.contains('no clang was found')
assert log.contains('Mode: out-of-line, helpers compiled by cc ' + tc['cc.path'])
return true
