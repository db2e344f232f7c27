// Two builds of two copies of one project, started at once, each in its own PID namespace (so
// both JVMs are PID 1, as in two containers), on one empty core cache: both succeed, core is
// built once, and both objects are the same and run under qemu. Where unshare is not permitted,
// the two builds still run at once, without namespaces, and the log says so.
import java.util.concurrent.TimeUnit

def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def driver = loader.parseClass(new File(itTools, 'SharedDriver.groovy'))
def cache = new File(basedir, 'target/core-cache')
cache.deleteDir()

def probeOut
def namespaces
try {
    def probe = new ProcessBuilder('unshare', '--pid', '--fork', '--mount-proc', 'sh', '-c', 'echo $$')
            .redirectErrorStream(true).start()
    probeOut = probe.inputStream.text.strip()
    namespaces = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0 && probeOut == '1'
} catch (IOException e) {
    probeOut = e.message
    namespaces = false
}
List<String> prefix
if (namespaces) {
    println "core-cache-pid-namespaces: both builds run in their own PID namespace (each sees itself as PID ${probeOut})"
    prefix = ['unshare', '--pid', '--fork', '--mount-proc']
} else {
    println "core-cache-pid-namespaces: SKIPPED the PID namespace part: unshare is not permitted here (${probeOut});" +
            " the two builds run at once without it"
    prefix = []
}

def copies = ['copy-a', 'copy-b'].collect { name ->
    def dir = new File(basedir, "target/${name}")
    dir.deleteDir()
    dir.mkdirs()
    new File(dir, 'pom.xml').text = new File(basedir, 'pom.xml').text
    dir
}
def args = ['verify', "-DkernelRust.coreCache=${cache}"]
def logs = copies.collect { new File(it, 'build.log') }
// as containers, the two builds share the cache but not the host's temporary folder, where other
// builds of the plugin on this machine keep their own run markers
def tmp = new File(basedir, 'target/tmp')
tmp.mkdirs()
def env = [MAVEN_OPTS: "-Djava.io.tmpdir=${tmp}".toString()]
def processes = [copies, logs].transpose().collect { dir, log ->
    it.startMaven(itTools, localRepositoryPath, dir, args, log, prefix, env)
}
processes.eachWithIndex { p, i ->
    assert p.waitFor(600, TimeUnit.SECONDS): "timed out: ${copies[i]}"
    assert p.exitValue() == 0: "the build of ${copies[i]} failed:\n${logs[i].text}"
}
def texts = logs*.text
texts.each { assert it.contains('[INFO] BUILD SUCCESS') }
// one of them built core; the other waited for its lock and used it
assert texts.sum { t -> it.count(t, 'INFO', 'RUSTC core (') } == 1
assert texts.sum { t -> it.count(t, 'INFO', 'RUSTC compiler_builtins (') } == 1
assert texts.any { t -> it.count(t, 'INFO', 'Waiting for another build of core-aarch64-unknown-none-') == 1 }

def objects = copies.collect { new File(it, 'target/kernel-rust/shared.o') }
assert objects[0].bytes == objects[1].bytes
assert driver.runAarch64(it, basedir, new File(itShared), [objects[1]]) == driver.EXPECTED
def names = cache.list().sort()
assert !names.any { it.contains('.tmp-') }: names
assert cache.listFiles().count { it.isDirectory() && new File(it, 'complete').isFile() } == 2: names
return true
