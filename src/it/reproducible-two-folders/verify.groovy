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
// Not compared, each for a reason:
def excluded = [
    // machine-local by design: what each tool answered, keyed on file identities and times
    '.tool-answers',
    // not yet reproducible: the up-to-date records hold the command lines and input paths, absolute
    ~/\..*\.cmd/,
    // not yet: the compilers' dependency files name the sources by absolute path
    ~/.*\.d/, ~/\..*\.deps/,
    // not yet: the unity source includes each helper by absolute path
    'helpers.c',
]
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
 'reproducible.ll', 'inlining-report.json', 'exports_reproducible_generated.h', '.kernel-rust.lock'].each { name ->
    assert outputs[0].containsKey(name): "${name} not built: ${outputs[0].keySet()}"
}
def differ = outputs[0].keySet().findAll { k -> outputs[0][k] != outputs[1][k] }
assert outputs[0].keySet() == outputs[1].keySet()
assert differ.isEmpty(): "differ between the two folders: ${differ}"
return true
