// The Maven build cache with the example's .mvn and a remote cache: a WebDAV-enough HTTP server in this
// JVM on 127.0.0.1. Machine A (its own local cache) builds and saves to the remote; machine B (an
// emptied target/, an empty local cache, no saving) runs no plugin step and gets every output back
// byte for byte from what A put there; a changed lib.rs is a miss on the remote and built again.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.Executors
import java.util.zip.ZipFile

def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def home = new File(itMaven39)
def out = new File(basedir, 'target/kernel-rust')
def obj = new File(out, 'build_cache_remote.o')
// the plugin's step lines: one per step that ran (HELPER helpers.bc, RUSTC build_cache_remote.bc, ...)
def steps = { String log -> log.readLines().findAll { it =~ /^\[INFO\] (HELPER|RUSTC|LLVM-LINK|LLVM-DIS|CLANG|OPT|CC|BINDGEN|EXPORTS|NM) / } }
// the outputs, by relative path (the output folder's lock file holds the pid of the build that had it)
def outputs = {
    def m = [:] as TreeMap
    out.eachFileRecurse { f -> if (f.isFile() && f.name != '.kernel-rust.lock') m[out.toPath().relativize(f.toPath()).toString()] = f }
    m
}

// the server: files under dav-store/, every request recorded as [method, path, status]
Path store = basedir.toPath().resolve('dav-store').toAbsolutePath().normalize()
Files.createDirectories(store)
List<List> requests = Collections.synchronizedList([])
def server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.1'), 0), 0)
def pool = Executors.newFixedThreadPool(4)
server.executor = pool
server.createContext('/') { HttpExchange ex ->
    int status = 500
    def method = ex.requestMethod
    def path = ex.requestURI.path
    try {
        def file = store.resolve(path.replaceFirst('^/+', '')).normalize()
        byte[] body = new byte[0]
        if (!file.startsWith(store)) {
            status = 403
        } else if (method == 'GET' || method == 'HEAD') {
            if (Files.isRegularFile(file)) {
                status = 200
                body = Files.readAllBytes(file)
            } else {
                status = 404
            }
        } else if (method == 'PUT') {
            // as a WebDAV server: the parent collection must exist (MKCOL), else 409
            if (!Files.isDirectory(file.parent)) {
                ex.requestBody.bytes
                status = 409
            } else {
                status = Files.exists(file) ? 204 : 201
                Files.write(file, ex.requestBody.bytes)
            }
        } else if (method == 'MKCOL') {
            if (Files.exists(file)) {
                status = 405
            } else if (!Files.isDirectory(file.parent)) {
                status = 409
            } else {
                Files.createDirectory(file)
                status = 201
            }
        } else if (method == 'OPTIONS') {
            ex.responseHeaders.add('DAV', '1')
            ex.responseHeaders.add('Allow', 'OPTIONS, GET, HEAD, PUT, MKCOL')
            status = 200
        } else {
            ex.responseHeaders.add('Allow', 'OPTIONS, GET, HEAD, PUT, MKCOL')
            status = 405
        }
        if (method == 'HEAD') {
            ex.responseHeaders.add('Content-Length', body.length as String)
            ex.sendResponseHeaders(status, -1)
        } else {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length)
            if (body.length > 0) ex.responseBody.write(body)
        }
    } finally {
        requests << [method, path, status]
        ex.close()
    }
}
server.start()
try {
    def url = "dav:http://127.0.0.1:${server.address.port}/cache"
    def remote = ['-Dmaven.build.cache.remote.enabled=true', "-Dmaven.build.cache.remote.url=${url}"]
    def build = { String name, String cache, List<String> extra ->
        it.maven(itTools, localRepositoryPath, basedir,
                ['verify', "-Dmaven.build.cache.location=${new File(basedir, cache)}"] + remote + extra,
                new File(basedir, "build-${name}.log"), home)
    }
    // the requests since a mark, as "METHOD path" with the status
    def since = { int mark -> synchronized (requests) { requests.drop(mark).collect { it.clone() } } }
    def paths = { List seen, String method, int status -> seen.findAll { it[0] == method && it[2] == status }.collect { it[1] } }

    // the first build (under the Maven running the ITs) built everything
    assert obj.isFile()
    new File(basedir, 'target').deleteDir()

    // machine A: its own empty local cache, builds and saves to the remote
    def logA = build('a', 'cache-a', ['-Dmaven.build.cache.remote.save.enabled=true'])
    def seenA = since(0)
    def markA = requests.size()
    new File(basedir, 'requests-a.txt').text = seenA.collect { it.join(' ') }.join('\n') + '\n'
    assert !steps(logA).isEmpty()
    def first = outputs().collectEntries { k, f -> [k, f.bytes] }
    assert first.containsKey('build_cache_remote.o') && first.containsKey('helpers.bc') && first.containsKey('inlining-report.json')
    def putA = paths(seenA, 'PUT', 201)
    assert putA.any { it.endsWith('/buildinfo.xml') }: seenA
    def zips = putA.findAll { it.endsWith('.zip') }
    assert zips.size() == 1: seenA
    // a WebDAV PUT needs its collection: the client made the build's folder with MKCOL first
    def folder = zips[0].substring(0, zips[0].lastIndexOf('/') + 1)
    def made = seenA.findIndexOf { it[0] == 'MKCOL' && it[1] == folder && it[2] == 201 }
    assert made >= 0 && made < seenA.findIndexOf { it[0] == 'PUT' && it[1] == zips[0] }: seenA
    // what the server holds is the output folder: every output, with A's bytes
    new ZipFile(store.resolve(zips[0].replaceFirst('^/+', '')).toFile()).withCloseable { zip ->
        def entries = zip.entries().toList().findAll { !it.directory }.collectEntries { e -> [e.name, zip.getInputStream(e).bytes] }
        first.each { k, bytes ->
            assert entries[k] == bytes: "${k} not in ${zips[0]} as built: ${entries.keySet()}"
        }
    }

    // machine B: target/ emptied, an empty local cache, reads the remote only
    new File(basedir, 'target').deleteDir()
    assert !new File(basedir, 'cache-b').exists()
    def logB = build('b', 'cache-b', ['-Dmaven.build.cache.remote.save.enabled=false'])
    def seenB = since(markA)
    def markB = requests.size()
    new File(basedir, 'requests-b.txt').text = seenB.collect { it.join(' ') }.join('\n') + '\n'
    assert steps(logB).isEmpty(): steps(logB)
    assert outputs().keySet() == first.keySet()
    outputs().each { k, f -> assert f.bytes == first[k]: k }
    def getB = paths(seenB, 'GET', 200)
    assert getB.any { it.endsWith('/buildinfo.xml') && it in putA }: seenB
    assert zips[0] in getB: seenB
    assert !seenB.any { it[0] in ['PUT', 'MKCOL'] }: seenB

    // machine B again, lib.rs edited: not in the remote (its buildinfo is not found), built again
    def lib = new File(basedir, 'src/main/rust/lib.rs')
    lib.text = lib.text + '\n#[no_mangle]\npub extern "C" fn build_cache_remote_added() -> u32 {\n    7\n}\n'
    def logC = build('b-lib-edited', 'cache-b', ['-Dmaven.build.cache.remote.save.enabled=false'])
    def seenC = since(markB)
    new File(basedir, 'requests-b-lib-edited.txt').text = seenC.collect { it.join(' ') }.join('\n') + '\n'
    assert steps(logC).any { it.contains('RUSTC build_cache_remote.bc') }: steps(logC)
    assert paths(seenC, 'GET', 404).any { it.endsWith('/buildinfo.xml') && !(it in putA) }: seenC
    assert obj.bytes != first['build_cache_remote.o']
    assert it.nm(obj, it.toolchain(out)['rustc.llvm.major']) =~ /(?m) T build_cache_remote_added$/
} finally {
    server.stop(0)
    pool.shutdownNow()
    new File(basedir, 'requests.txt').text = requests.collect { it.join(' ') }.join('\n') + '\n'
}
return true
