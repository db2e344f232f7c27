// The example's setup: examples/.mvn (extension and cache config) and the refcount sources.
import java.nio.file.Files
import java.nio.file.Path

def examples = new File(itTools).parentFile.parentFile.parentFile.toPath().resolve('examples')
def copyTree = { Path from, Path to ->
    Files.walk(from).each { p ->
        def t = to.resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(t) else Files.copy(p, t)
    }
}
copyTree(examples.resolve('.mvn'), basedir.toPath().resolve('.mvn'))
copyTree(examples.resolve('refcount/src'), basedir.toPath().resolve('src'))
return true
