// -DkernelRust.writeLock writes the lock: versions, not paths, and the same bytes when written again.
// An unchanged build passes; a lock that names another version fails before anything is built,
// with one paragraph naming the entry, both values and how to update the lock.
import java.util.concurrent.TimeUnit

def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
def out = new File(basedir, 'target/kernel-rust')
def lock = new File(basedir, 'kernel-rust-toolchain.lock')
def tc = it.toolchain(out)

assert lock.isFile()
def text = lock.text
def entries = text.readLines().findAll { it && !it.startsWith('#') }.collectEntries {
    def i = it.indexOf(' = '); [it.substring(0, i), it.substring(i + 3)]
}
assert entries['x86_64.mode'] == tc.mode
assert entries['x86_64.rustTarget'] == 'x86_64-unknown-linux-gnu'
assert entries['x86_64.rustc.version'] == tc['rustc.version'].strip()
assert entries['x86_64.rustc.llvm'] == tc['rustc.llvm']
assert entries['x86_64.clang.llvm'] == tc['clang.llvm']
assert entries.keySet() == entries.keySet().sort() as Set
// no tool path of toolchain.properties is in the lock
tc.stringPropertyNames().findAll { it.endsWith('.path') }.each { assert !text.contains(tc[it]): it }

// written again: the same bytes
it.maven(itTools, localRepositoryPath, basedir, ['validate', '-DkernelRust.writeLock'], new File(basedir, 'build-rewrite.log'))
assert lock.text == text

// unchanged: passes and leaves the lock alone
it.maven(itTools, localRepositoryPath, basedir, ['validate'], new File(basedir, 'build-unchanged.log'))
assert lock.text == text

// another rustc LLVM in the lock: fails with the paragraph
def locked = entries['x86_64.rustc.llvm']
lock.text = text.replace("x86_64.rustc.llvm = ${locked}\n", 'x86_64.rustc.llvm = 1.0.0\n')
assert lock.text != text
def log = new File(basedir, 'build-edited.log')
def p = it.startMaven(itTools, localRepositoryPath, basedir, ['validate'], log)
assert p.waitFor(600, TimeUnit.SECONDS)
assert p.exitValue() != 0: log.text
def error = log.text.readLines().find { it.contains('differs from') }
assert error: log.text
assert error.contains("The toolchain found for target x86_64 differs from ${lock.path}")
assert error.contains("x86_64.rustc.llvm is locked as '1.0.0' but found '${locked}'")
assert error.contains('-DkernelRust.writeLock')
assert !error.contains('clang.llvm'): 'only what differs is listed'
return true
