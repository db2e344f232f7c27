// Counts the tools a build starts: a folder of wrappers, put first on PATH and given as the
// kernel's LLVM= prefix, logs each start ("NAME ARGS") to $KR_TOOL_LOG and runs the real tool.
// Loaded by a verify.groovy with
//   def starts = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ToolStarts.groovy'))
import java.nio.file.Files
import java.util.concurrent.TimeUnit

class ToolStarts {
    final Class it
    final String itTools
    final File localRepo
    final File project
    final String path = System.getenv('PATH')
    final File wrappers

    /** The wrappers of a project's builds, written into PROJECT/wrappers. */
    ToolStarts(Class it, String itTools, File localRepo, File project) {
        this.it = it
        this.itTools = itTools
        this.localRepo = localRepo
        this.project = project
        this.wrappers = wrappers(new File(project, 'wrappers'), path)
    }

    /** A build of the project with the wrappers; the starts it logged. */
    List<String> build(String name, List<String> args = ['verify']) {
        return build(it, itTools, localRepo, project, wrappers, path, name, args)
    }

    /**
     * A build whose compiles are timed (each held 1 s): "start|end TOOL KEY NANOS" lines, KEY the
     * crate name or the -o file's name. Fails unless expectSuccess is false.
     */
    List<String> timedBuild(String name, List<String> args, boolean expectSuccess = true) {
        def steps = new File(project, "${name}.steps")
        steps.delete()
        build(it, itTools, localRepo, project, wrappers, path, name, args, ['KR_STEP_LOG': steps.path], expectSuccess)
        return steps.isFile() ? steps.readLines() : []
    }
    /**
     * Writes the wrappers into dir: rustc, cc and bindgen as found on path, and every tool of
     * /usr/lib/llvm-MAJOR/bin (MAJOR: rustc's LLVM major).
     */
    static File wrappers(File dir, String path) {
        dir.mkdirs()
        def real = [:]
        ['rustc', 'cc', 'bindgen', 'pkg-config'].each { name ->
            def found = path.split(':').collect { new File(it, name) }.find { it.canExecute() }
            if (found != null) real[name] = found.path
        }
        def major = (run([real.rustc, '-vV']) =~ /LLVM version: (\d+)/)[0][1]
        new File("/usr/lib/llvm-${major}/bin").listFiles().findAll { it.canExecute() && !it.directory }
                .each { real[it.name] = it.path }
        real.each { name, target ->
            def w = new File(dir, name)
            w.text = """#!/bin/sh
[ -n "\$KR_TOOL_LOG" ] && echo "${name} \$*" >> "\$KR_TOOL_LOG"
if [ -n "\$KR_STEP_LOG" ]; then
  # a compile (a crate, or a command with -o): logged as start and end, held 1 s so that steps
  # that run at once visibly overlap
  key=; prev=
  for a in "\$@"; do
    case "\$a" in --crate-name=*) key="\${a#--crate-name=}";; esac
    [ "\$prev" = -o ] && key="\${a##*/}"
    prev="\$a"
  done
  if [ -n "\$key" ]; then
    echo "start ${name} \$key \$(date +%s%N)" >> "\$KR_STEP_LOG"
    sleep 1
    '${target}' "\$@"; rc=\$?
    echo "end ${name} \$key \$(date +%s%N)" >> "\$KR_STEP_LOG"
    exit \$rc
  fi
fi
exec '${target}' "\$@"
"""
            w.setExecutable(true)
        }
        return dir
    }

    /** Runs Maven with the wrappers (see ItChecks.startMaven), asserts success, returns the starts it logged. */
    static List<String> build(Class it, String itTools, File localRepo, File project, File wrappers, String path,
                              String name, List<String> args = ['verify'], Map<String, String> env = [:],
                              boolean expectSuccess = true) {
        def starts = new File(project, "${name}.starts")
        starts.delete()
        def log = new File(project, "${name}.log")
        def p = it.startMaven(itTools, localRepo, project, args + ["-DkernelRust.llvm=${wrappers.path}/"], log, [],
                ['PATH': "${wrappers.path}:${path}".toString(), 'KR_TOOL_LOG': starts.path] + env)
        assert p.waitFor(600, TimeUnit.SECONDS): "timed out: ${name}"
        assert (p.exitValue() == 0) == expectSuccess: "${name} exited with ${p.exitValue()}:\n${log.text}"
        return starts.isFile() ? starts.readLines() : []
    }

    /**
     * The output folder's lock: not an output, it says which build holds the folder ("pid N since
     * TIME"), so each build writes it anew.
     */
    static final String LOCK = '.kernel-rust.lock'

    /** Every file under dir but the lock: its bytes' hash and its modification time, by relative path. */
    static Map<String, List<Object>> snapshot(File dir) {
        def files = [:] as TreeMap
        dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
            def name = dir.toPath().relativize(f.toPath()).toString()
            if (name != LOCK) files[name] = [f.bytes.digest('SHA-256'), f.lastModified()]
        }
        return files
    }

    private static String run(List<String> cmd) {
        def p = new ProcessBuilder(cmd).redirectErrorStream(true).start()
        def out = p.inputStream.getText('UTF-8')
        assert p.waitFor(60, TimeUnit.SECONDS)
        return out
    }
}
