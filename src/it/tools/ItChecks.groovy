// Checks that the integration tests share: run a tool, read the outputs, find LLVM tools of the
// build's own LLVM major. Loaded by each verify.groovy with
//   def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
import java.util.concurrent.TimeUnit

class ItChecks {
    /** Runs a command (an argument list, no shell), asserts exit 0 unless told, returns stdout+stderr. */
    static String run(List<String> cmd, File dir = null, boolean mustSucceed = true) {
        def pb = new ProcessBuilder(cmd.collect { it.toString() }).redirectErrorStream(true)
        if (dir != null) pb.directory(dir)
        def p = pb.start()
        def out = new StringBuilder()
        def reader = Thread.start { out.append(p.inputStream.getText('UTF-8')) }
        assert p.waitFor(300, TimeUnit.SECONDS): "timed out: ${cmd}"
        reader.join()
        if (mustSucceed) {
            assert p.exitValue() == 0: "exit ${p.exitValue()}: ${cmd}\n${out}"
        }
        return out.toString()
    }

    static Properties toolchain(File outDir) {
        def props = new Properties()
        new File(outDir, 'toolchain.properties').withReader('UTF-8') { props.load(it) }
        return props
    }

    /** An LLVM tool (llvm-objdump, llvm-readelf...) of the given major. */
    static String llvmTool(String name, String major) {
        def tree = new File("/usr/lib/llvm-${major}/bin/${name}")
        if (tree.canExecute()) return tree.path
        for (dir in System.getenv('PATH').split(':')) {
            def f = new File(dir, "${name}-${major}")
            if (f.canExecute()) return f.path
        }
        throw new AssertionError("no ${name} for LLVM ${major}")
    }

    /** llvm-nm output for an object. */
    static String nm(File obj, String major) {
        return run([llvmTool('llvm-nm', major), obj.path])
    }

    /** The disassembly of one function in an object. */
    static String disassemble(File obj, String function, String major) {
        def text = run([llvmTool('llvm-objdump', major), '-dr', '--no-show-raw-insn', obj.path])
        def m = text =~ /(?ms)^[0-9a-f]+ <\Q${function}\E>:\n(.*?)(?:\n\n|\z)/
        assert m.find(): "no function ${function} in ${obj}:\n${text}"
        return m.group(1)
    }

    /** Links a C driver with objects using cc, runs it, returns its output. */
    static String linkAndRun(File workDir, String exe, List<File> inputs, List<String> ccFlags = []) {
        return linkAndRunWith('cc', [], workDir, exe, inputs, ccFlags)
    }

    /** Links with the given C compiler (e.g. aarch64-linux-gnu-gcc) and runs through runner (e.g. qemu-aarch64). */
    static String linkAndRunWith(String cc, List<String> runner, File workDir, String exe, List<File> inputs,
                                 List<String> ccFlags = []) {
        def bin = new File(workDir, exe)
        run([cc, '-O2'] + ccFlags + inputs.collect { it.path } + ['-o', bin.path])
        return run(runner + [bin.path], workDir)
    }

    /** An aarch64 static binary's runner and linker flags. */
    static final String AARCH64_CC = 'aarch64-linux-gnu-gcc'
    static final List<String> AARCH64_RUNNER = ['qemu-aarch64']

    /**
     * Starts Maven on dir/pom.xml as the invoker runs an IT (its local repository, src/it/settings.xml
     * pointing there), behind an optional prefix command (e.g. unshare) and with extra environment
     * variables, its output into log.
     */
    static Process startMaven(String itTools, File localRepo, File dir, List<String> args, File log,
                              List<String> prefix = [], Map<String, String> env = [:], File home = null) {
        def settings = new File(localRepo.parentFile, 'it-nested-settings.xml')
        settings.text = new File(new File(itTools).parentFile, 'settings.xml').text
                .replace('@localRepositoryUrl@', localRepo.toURI().toString())
        def mvn = new File(home ?: mavenHome(itTools), 'bin/mvn').path
        // no prefixes.txt from Central (Maven 4), as the invoker's own builds (pom.xml)
        def cmd = prefix + [mvn, '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepo}",
                            '-Daether.remoteRepositoryFilter.prefixes=false', '-f',
                            new File(dir, 'pom.xml').path] + args
        def pb = new ProcessBuilder(cmd.collect { it.toString() }).directory(dir).redirectErrorStream(true)
                .redirectOutput(log)
        pb.environment().putAll(env)
        return pb.start()
    }

    /**
     * The Maven the ITs run under, for the builds an IT starts itself: the one -Dit.maven=VERSION
     * chose (unpacked into target/maven by the plugin's build), else the Maven running the ITs.
     */
    static File mavenHome(String itTools) {
        def version = System.getProperty('it.maven')
        if (!version) {
            return new File(System.getProperty('maven.home'))
        }
        def project = new File(itTools).parentFile.parentFile.parentFile
        def home = new File(project, "target/maven/apache-maven-${version}")
        assert new File(home, 'bin/mvn').isFile(): "no Maven ${version} in ${home}"
        return home
    }

    /** Runs Maven (see startMaven), asserts BUILD SUCCESS, returns its log. */
    static String maven(String itTools, File localRepo, File dir, List<String> args, File log, File home = null) {
        def p = startMaven(itTools, localRepo, dir, args, log, [], [:], home)
        assert p.waitFor(600, TimeUnit.SECONDS): "timed out: mvn ${args} in ${dir}"
        assert p.exitValue() == 0: "mvn ${args} in ${dir} failed:\n${log.text}"
        return log.text
    }

    /**
     * A step record (.NAME.cmd) with the project's folders named again: the records name the project
     * folder $PROJECT and the working directory $WORKDIR, so that they read the same from any checkout
     * folder. The project is the nearest folder above the record that holds a pom.xml.
     */
    static String record(File cmd, File workDir = null) {
        assert cmd.isFile(): "no ${cmd}"
        def project = cmd.absoluteFile.parentFile
        while (project != null && !new File(project, 'pom.xml').isFile()) project = project.parentFile
        assert project != null: "no pom.xml above ${cmd}"
        def text = cmd.text
        if (workDir != null) text = text.replace('$WORKDIR', workDir.path)
        return text.replace('$PROJECT', project.path)
    }

    /** How many lines of a Maven log start with the given text after the level ("RUSTC core"). */
    static int count(String log, String level, String start) {
        return log.readLines().count { it.startsWith("[${level}] ${start}") } as int
    }

    /** Makes every file under dir/<sub> executable: cloning does not keep the bit. */
    static void makeExecutable(File dir) {
        dir.eachFileRecurse { if (it.isFile()) it.setExecutable(true, false) }
    }

    /** The build's wall time in seconds, from Maven's "Total time:" line. */
    static double buildSeconds(String log) {
        def m = log =~ /(?m)^\[INFO\] Total time: +(?:(\d+):(\d+) min|([0-9.]+) s)$/
        assert m.find(): 'no "Total time:" line in the build log'
        return m.group(3) != null ? (m.group(3) as double) : (m.group(1) as int) * 60 + (m.group(2) as int)
    }

    /** The pids of processes running (not zombies) whose command line is exactly argv, read from /proc. */
    static List<Long> running(List<String> argv) {
        def wanted = (argv.join('\0') + '\0').getBytes('US-ASCII')
        def pids = []
        new File('/proc').eachFileMatch(~/[0-9]+/) { dir ->
            try {
                def stat = new File(dir, 'stat').text
                def state = stat.charAt(stat.lastIndexOf(')') + 2)
                if (state != 'Z' as char && state != 'X' as char && Arrays.equals(new File(dir, 'cmdline').bytes, wanted)) {
                    pids << (dir.name as long)
                }
            } catch (IOException gone) {
                // ended while being read
            }
        }
        return pids
    }
}
