// The Maven build cache with the example's .mvn, under Maven 3.9.16 and a cache inside this folder:
// a second build restores the plugin's outputs byte for byte and runs no plugin step (in place, and
// into an emptied target/); a changed lib.rs or helper is not a hit (the object changes); a lock that
// differs from the toolchain fails with the lock paragraph even though the rest would be a hit.
import java.util.concurrent.TimeUnit

def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def home = new File(itMaven39)
def cache = new File(basedir, 'build-cache')
def out = new File(basedir, 'target/kernel-rust')
def obj = new File(out, 'build_cache.o')
// the plugin's step lines: one per step that ran (HELPER helpers.bc, RUSTC build_cache.bc, LLVM-LINK ...)
def steps = { String log -> log.readLines().findAll { it =~ /^\[INFO\] (HELPER|RUSTC|LLVM-LINK|LLVM-DIS|CLANG|OPT|CC|BINDGEN|EXPORTS|NM) / } }
// the outputs, by relative path (the output folder's lock file holds the pid of the build that had it)
def outputs = {
    def m = [:] as TreeMap
    out.eachFileRecurse { f -> if (f.isFile() && f.name != '.kernel-rust.lock') m[out.toPath().relativize(f.toPath()).toString()] = f }
    m
}
def build = { String name, List<String> extra = [] ->
    it.maven(itTools, localRepositoryPath, basedir, ['verify', "-Dmaven.build.cache.location=${cache}"] + extra,
            new File(basedir, "build-${name}.log"), home)
}

// the first build (under the Maven running the ITs, 3.8: no cache) built everything
assert obj.isFile()
new File(basedir, 'target').deleteDir()

// 3.9.16, empty cache: builds and saves
def log1 = build('first')
assert !steps(log1).isEmpty()
def first = outputs().collectEntries { k, f -> [k, f.bytes] }
assert first.containsKey('build_cache.o') && first.containsKey('helpers.bc') && first.containsKey('inlining-report.json')
assert cache.isDirectory()

// again, in place: a hit, no step ran
def log2 = build('hit-in-place')
assert steps(log2).isEmpty(): steps(log2)
// (the extension unpacks the cached folder over the outputs, so their times change: the bytes do not)
outputs().each { k, f -> assert f.bytes == first[k]: k }

// target/ emptied (another checkout): restored byte for byte, no step ran
new File(basedir, 'target').deleteDir()
def log3 = build('restore')
assert steps(log3).isEmpty(): steps(log3)
assert outputs().keySet() == first.keySet()
outputs().each { k, f -> assert f.bytes == first[k]: k }

// another value on the command line (not in the key, but reconciled): not a hit, built again
def log3b = build('out-of-line-cli', ['-DkernelRust.inlineHelpers=false'])
assert !steps(log3b).isEmpty()
assert it.toolchain(out).mode == 'out-of-line'
build('back')

// a changed crate: not a hit, the object changes and defines the new function
def lib = new File(basedir, 'src/main/rust/lib.rs')
lib.text = lib.text + '\n#[no_mangle]\npub extern "C" fn build_cache_it_added() -> u32 {\n    7\n}\n'
def log4 = build('lib-edited')
assert steps(log4).any { it.contains('RUSTC build_cache.bc') }
assert obj.bytes != first['build_cache.o']
def major = it.toolchain(out)['rustc.llvm.major']
assert it.nm(obj, major) =~ /(?m) T build_cache_it_added$/

// a changed helper: not a hit, helpers.bc changes
def afterLib = obj.bytes
def helper = new File(basedir, 'src/main/helpers/refcount.c')
helper.text = helper.text + '\n/* build-cache IT */\n__rust_helper int rust_helper_build_cache_it(void)\n{\n\treturn 7;\n}\n'
def log5 = build('helper-edited')
assert steps(log5).any { it.contains('HELPER helpers.bc') }
assert new File(out, 'helpers.bc').bytes != first['helpers.bc']

// the lock: written, then a hit with it; an edited lock fails with the paragraph
build('write-lock', ['-DkernelRust.writeLock'])
def lock = new File(basedir, 'kernel-rust-toolchain.lock')
assert lock.isFile()
def log6 = build('with-lock')
def log7 = build('with-lock-hit')
assert steps(log7).isEmpty(): steps(log7)
def llvm = it.toolchain(out)['rustc.llvm']
lock.text = lock.text.replace("x86_64.rustc.llvm = ${llvm}\n", 'x86_64.rustc.llvm = 1.0.0\n')
def failed = new File(basedir, 'build-lock-edited.log')
def p = it.startMaven(itTools, localRepositoryPath, basedir, ['verify', "-Dmaven.build.cache.location=${cache}"],
        failed, [], [:], home)
assert p.waitFor(600, TimeUnit.SECONDS)
assert p.exitValue() != 0: failed.text
def error = failed.text.readLines().find { it.contains('differs from') }
assert error && error.contains("x86_64.rustc.llvm is locked as '1.0.0' but found '${llvm}'"): failed.text
assert steps(failed.text).isEmpty()
return true
