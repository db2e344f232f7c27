// A machine without bindgen: a PATH of links to every tool of the real PATH but bindgen.
import java.nio.file.Files
def bin = new File(basedir, 'nobindgen')
bin.mkdirs()
def seen = [] as Set
System.getenv('PATH').split(':').each { dir ->
    def d = new File(dir)
    if (!d.isDirectory()) return
    d.listFiles().each { f ->
        if (f.name != 'bindgen' && f.canExecute() && !f.isDirectory() && seen.add(f.name)) {
            Files.createSymbolicLink(new File(bin, f.name).toPath(), f.toPath())
        }
    }
}
assert !new File(bin, 'bindgen').exists() && new File(bin, 'sh').exists()
return true
