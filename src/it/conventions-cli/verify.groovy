// mvn kernel-rust:inline-helpers on a project with no plugin configuration: every step ran in
// one invocation, with the crate named after the artifactId.
def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def tc = it.toolchain(out)
def log = new File(basedir, 'build.log').text

// one invocation: the toolchain decided once and each step once (Maven's own headers differ
// between Maven versions, so they are not counted)
['Mode: inline', 'HELPER helpers.bc', 'RUSTC conventions_cli.bc', 'LLVM-LINK conventions_cli.m.bc',
 'CC conventions_cli.o', 'EXPORTS exports_conventions_cli_generated.h', 'Inlining: 2 helpers: 2 inlined'].each { line ->
    assert it.count(log, 'INFO', line) == 1: line
}
assert new File(out, 'helpers.c').text.readLines().findAll { it.startsWith('#include') }.size() == 2
def obj = new File(out, 'conventions_cli.o')
assert !(it.nm(obj, tc['rustc.llvm.major']) =~ /rust_helper_/)
def mix = it.disassemble(obj, 'mix', tc['rustc.llvm.major'])
assert mix =~ /lock/ && mix =~ /rol/
return true
