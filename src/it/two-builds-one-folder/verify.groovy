// Two builds of one project folder at once (two terminals, an IDE and a shell) used to fail at
// random (8 of 12) with unrelated-looking errors. With the output folder's lock they take turns,
// goal by goal: all succeed, and the result is right. Twice: from clean, then after an edit.
import java.util.concurrent.TimeUnit

def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def project = basedir
def out = new File(project, 'target/kernel-rust')
def waited = 0
['from clean', 'after an edit'].eachWithIndex { round, r ->
    if (r == 1) {
        def lib = new File(project, 'src/main/rust/lib.rs')
        lib.text = lib.text + '\n// edited\n'
    }
    def logs = (1..2).collect { new File(basedir, "round${r}-build${it}.log") }
    def processes = logs.collect { log -> it.startMaven(itTools, localRepositoryPath, project, ['verify'], log) }
    processes.eachWithIndex { p, i ->
        assert p.waitFor(600, TimeUnit.SECONDS): "timed out: build ${i + 1}, ${round}"
        assert p.exitValue() == 0: "build ${i + 1} ${round} failed:\n${logs[i].text}"
    }
    waited += logs.sum { log -> it.count(log.text, 'INFO', 'Waiting for another build') }
    assert driver.run(it, project, new File(itShared), [new File(out, 'two_builds_one_folder.o')]) == driver.EXPECTED
    def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
    assert report.helpers.findAll { h -> h.name.startsWith('rust_helper_') }*.status == ['inlined', 'inlined']
}
println "two-builds-one-folder: a build waited for the other ${waited} time(s)"
return true
