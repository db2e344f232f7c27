// One project built from two checkout folders: the outputs are the same bytes. rustc runs in the
// project folder with --remap-path-prefix=<project>=., clang with -ffile-prefix-map=<project>=.
// and the helpers' unity source named from the project folder, llvm-dis reads its input by name.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def folders = ['first', 'second-checkout/deeper'].collect { name -> new File(basedir, name) }
def copy = { File from, File to ->
    java.nio.file.Files.walk(from.toPath()).each { p ->
        def target = to.toPath().resolve(from.toPath().relativize(p).toString())
        if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target)
        else java.nio.file.Files.copy(p, target)
    }
}
folders.each { f ->
    // the project: this folder's (filtered) POM, with the shared sources inside it
    f.mkdirs()
    new File(f, 'pom.xml').text = new File(basedir, 'pom.xml').text
    copy(new File(itShared, 'helpers'), new File(f, 'src/main/helpers'))
    copy(new File(itShared, 'include'), new File(f, 'src/main/include'))
    copy(new File(itShared, 'rust'), new File(f, 'src/main/rust'))
    it.maven(itTools, localRepositoryPath, f, ['verify'], new File(basedir, "${f.name}.log"))
}
// Not compared: machine-local by design, what each tool answered, keyed on file identities and times
def excluded = ['.tool-answers']
def isExcluded = { String name -> excluded.any { e -> e instanceof String ? e == name : name ==~ e } }
def outputs = folders.collect { f ->
    def out = new File(f, 'target/kernel-rust')
    def files = [:] as TreeMap
    out.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def name = out.toPath().relativize(file.toPath()).toString()
        if (!isExcluded(name)) files[name] = file.bytes.digest('SHA-256')
    }
    files
}
// the bitcode, the metadata, the objects, the disassembly and the reports are among them
['helpers.bc', 'helpers.ll', 'libreproducible.rmeta', 'reproducible.bc', 'reproducible.m.bc', 'reproducible.o',
 'reproducible.ll', 'inlining-report.json', 'exports_reproducible_generated.h', '.kernel-rust.lock',
 // the records, the dependency files and the unity source too
 '.reproducible.bc.cmd', '.helpers.bc.cmd', '.reproducible.o.cmd', 'reproducible.d', '.helpers.deps', 'helpers.c'].each { name ->
    assert outputs[0].containsKey(name): "${name} not built: ${outputs[0].keySet()}"
}
def differ = outputs[0].keySet().findAll { k -> outputs[0][k] != outputs[1][k] }
assert outputs[0].keySet() == outputs[1].keySet()
assert differ.isEmpty(): "differ between the two folders: ${differ}"

// a restore: the first folder, outputs and all, copied to a third place (as a build cache or an
// artifact restores target/): the build there finds every step up to date and changes no byte.
// (The tool answers are keyed on absolute paths, so the queries behind them, llvm-nm's EXPORTS
// among them, run once again there: they write the same tables.)
def restored = new File(basedir, 'restored/elsewhere')
copy(folders[0], restored)
it.maven(itTools, localRepositoryPath, restored, ['verify'], new File(basedir, 'restored.log'))
def steps = new File(basedir, 'restored.log').readLines().findAll {
    it =~ /^\[INFO\] (HELPER|RUSTC|LLVM-LINK|LLVM-DIS|CLANG|OPT|CC|BINDGEN|HELPER-IR|WRAP|REMARKS|PKG-CONFIG) /
}
assert steps.isEmpty(): "steps ran after the restore: ${steps}"
def again = [:] as TreeMap
new File(restored, 'target/kernel-rust').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def name = new File(restored, 'target/kernel-rust').toPath().relativize(file.toPath()).toString()
    if (!isExcluded(name)) again[name] = file.bytes.digest('SHA-256')
}
assert again == outputs[0]
return true
