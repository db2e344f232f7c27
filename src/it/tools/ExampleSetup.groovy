// The example's build-cache setup for an IT: examples/.mvn (extension and cache config) and the
// refcount sources, copied into the IT's folder. Loaded by a prebuild.groovy with
//   new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ExampleSetup.groovy')).copyInto(itTools, basedir)
import java.nio.file.Files
import java.nio.file.Path

class ExampleSetup {
    static void copyInto(String itTools, File basedir) {
        def examples = new File(itTools).parentFile.parentFile.parentFile.toPath().resolve('examples')
        copyTree(examples.resolve('.mvn'), basedir.toPath().resolve('.mvn'))
        copyTree(examples.resolve('refcount/src'), basedir.toPath().resolve('src'))
    }

    private static void copyTree(Path from, Path to) {
        Files.walk(from).each { p ->
            def t = to.resolve(from.relativize(p).toString())
            if (Files.isDirectory(p)) Files.createDirectories(t) else Files.copy(p, t)
        }
    }
}
