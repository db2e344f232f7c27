// A helper whose file name is Latin-1, not UTF-8 (caf\xe9.c): Java cannot spell such a name,
// so printf makes it
def dir = new File(basedir, 'src/main/helpers')
// git keeps no empty folder, so a fresh checkout has none
assert dir.isDirectory() || dir.mkdirs()
def p = new ProcessBuilder('sh', '-c', 'printf "int f(void) { return 1; }\\n" > "$(printf "caf\\351.c")"')
        .directory(dir).redirectErrorStream(true).start()
assert p.waitFor() == 0
assert dir.list().size() == 1
return true
