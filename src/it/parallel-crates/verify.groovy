// Independent crates, helper variants and targets of one module are built at once, bounded by
// jobs; a crate waits for the crates it depends on; the outputs are the bytes a serial build
// (jobs=1) writes; the log keeps one line per step, each target's lines together; a failing crate
// still names its step and stops what depends on it.
// Every compile goes through a wrapper that logs its start and end and holds it 1 s
// (ToolStarts.timedBuild), so steps that run at once overlap whatever the machine's speed.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def starts = loader.parseClass(new File(itTools, 'ToolStarts.groovy')).newInstance(it, itTools, localRepositoryPath,
        basedir)
def out = new File(basedir, 'target/kernel-rust')

/** The steps of a timed build of one target by "TOOL KEY": [start, end] in nanoseconds. */
def intervals = { List<String> events ->
    def m = [:]
    events.each { line ->
        def (kind, tool, key, nanos) = line.split(' ')
        m.computeIfAbsent("${tool} ${key}".toString()) { [null, null] }[kind == 'start' ? 0 : 1] = nanos as long
    }
    m.each { k, v -> assert v[0] != null && v[1] != null: "${k} did not start and end: ${events}" }
    return m
}
def overlap = { a, b -> a[0] < b[1] && b[0] < a[1] }
/** Every output's hash by relative path, but the lock (which build held the folder) and the tool answers (times). */
def outputs = { File dir ->
    def files = [:] as TreeMap
    dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        def name = dir.toPath().relativize(f.toPath()).toString()
        if (!(name in [starts.LOCK, '.tool-answers'])) files[name] = f.bytes.digest('SHA-256')
    }
    return files
}
def crates = ['left', 'right', 'solo', 'top']

// --- four jobs: left, right and solo at once, top after left and right; both variants at once ---
def parallel = intervals(starts.timedBuild('parallel', ['verify', '-DkernelRust.jobs=4']))
def crate = { m, name -> m["rustc ${name}".toString()] }
crates.each { name -> assert crate(parallel, name) != null: "rustc ${name} not timed: ${parallel}" }
assert overlap(crate(parallel, 'left'), crate(parallel, 'right'))
assert overlap(crate(parallel, 'left'), crate(parallel, 'solo'))
assert overlap(crate(parallel, 'right'), crate(parallel, 'solo'))
assert crate(parallel, 'top')[0] >= crate(parallel, 'left')[1] && crate(parallel, 'top')[0] >= crate(parallel, 'right')[1]
def variants = parallel.findAll { k, v -> k ==~ /clang \.?helpers(_module)?\.bc.*/ }
assert variants.size() == 2: parallel.keySet()
def (builtin, module) = variants.values() as List
assert overlap(builtin, module)
// the links too: each crate's llvm-link beside the others'
assert overlap(parallel['llvm-link left.m.bc.tmp'], parallel['llvm-link solo.m.bc.tmp'])
def log = new File(basedir, 'parallel.log').text
// one line per step, whole
crates.each { name -> assert it.count(log, 'INFO', "RUSTC ${name}.bc") == 1: log }
assert it.count(log, 'INFO', 'Inlining: ') == 1
def inParallel = outputs(out)
def major = it.toolchain(out)['rustc.llvm.major']
['left', 'right', 'solo'].each { name ->
    def nm = it.nm(new File(out, "${name}.o"), major)
    assert !(nm =~ /rust_helper_/): "${name}.o: ${nm}"
}
def topSymbols = it.nm(new File(out, 'top.o'), major)
assert topSymbols =~ /T top_twice_inc/ && topSymbols =~ /U left_twice/ && topSymbols =~ /U right_inc/
// solo was linked with helpers_module: -DMODULE's answer is the constant in its code
def solo = it.run([it.llvmTool('llvm-objdump', major), '-d', new File(out, 'solo.o').path])
assert solo =~ /movl?\s+\$0x14,\s*%eax/: solo

// --- one job: one step after another, in the configured order, and the same bytes ---
out.deleteDir()
def serial = intervals(starts.timedBuild('serial', ['verify', '-DkernelRust.jobs=1']))
def steps = serial.values().sort { it[0] }
(1..<steps.size()).each { i -> assert steps[i][0] >= steps[i - 1][1]: "steps overlap with jobs=1: ${serial}" }
assert serial.findAll { k, v -> k.startsWith('rustc ') }.sort { it.value[0] }.keySet()
        .collect { it - 'rustc ' } == crates
assert outputs(out) == inParallel

// --- two targets at once: their steps side by side, each target's lines together, in order ---
def twoTargets = ['verify', '-DkernelRust.targets=x86_64,aarch64']
out.deleteDir()
def events = starts.timedBuild('targets', twoTargets + ['-DkernelRust.jobs=4'])
// each target compiles its helpers once (through the clang wrapper: aarch64 may take another rustc,
// one with a core for it); the second started before the first ended
def helpers = events.findAll { it ==~ /(start|end) clang helpers\.bc\.tmp .*/ }
assert helpers.size() == 4 && helpers[0].startsWith('start ') && helpers[1].startsWith('start '): helpers
def lines = new File(basedir, 'targets.log').readLines()
['compile-helpers', 'compile-crates', 'link-helpers'].each { goal ->
    def x86 = lines.indexOf("[INFO] --- ${goal}, target x86_64 ---".toString())
    def arm = lines.indexOf("[INFO] --- ${goal}, target aarch64 ---".toString())
    assert x86 >= 0 && arm > x86: "${goal}:\n${lines.join('\n')}"
    if (goal == 'compile-crates') {
        // between the headers: x86_64's four RUSTC lines and no other target's
        assert lines.subList(x86, arm).count { it.startsWith('[INFO] RUSTC ') } == 4: lines.join('\n')
    }
}
assert lines.count { it.startsWith('[INFO] Inlining: ') } == 2
def atOnce = ['x86_64', 'aarch64'].collectEntries { [it, outputs(new File(out, it))] }
assert atOnce.aarch64.containsKey('top.o') && atOnce.x86_64.containsKey('top.o')
out.deleteDir()
starts.timedBuild('targets-serial', twoTargets + ['-DkernelRust.jobs=1'])
assert ['x86_64', 'aarch64'].collectEntries { [it, outputs(new File(out, it))] } == atOnce

// --- a crate that fails: its step named with rustc's file:line, top never starts, the others finish ---
new File(basedir, 'src/main/rust/right/lib.rs').text = 'pub fn broken( -> {}\n'
out.deleteDir()
def failed = intervals(starts.timedBuild('failed', ['verify', '-DkernelRust.jobs=4'], false))
log = new File(basedir, 'failed.log').text
assert log =~ /Compiling crate right/: log
assert log =~ /src\/main\/rust\/right\/lib\.rs:1/: log
assert crate(failed, 'top') == null
assert crate(failed, 'left') != null && crate(failed, 'solo') != null
assert new File(out, 'left.bc').isFile() && new File(out, 'solo.bc').isFile()
assert !new File(out, 'right.bc').exists() && !new File(out, 'libright.rmeta').exists()
return true
