// A helper file name that is not valid UTF-8 gets a paragraph saying so, instead of clang's
// "file not found" for a file that exists.
def log = new File(basedir, 'build.log').text
try {
    assert log.contains('has a file name that is not valid UTF-8, so it cannot be named to clang')
    assert log.contains('Rename it with UTF-8 (or ASCII) characters.')
    assert !log.contains('file not found')
} finally {
    // Java tools (the invoker's clean, maven-clean-plugin) cannot delete a name they cannot spell
    def p = new ProcessBuilder('sh', '-c', 'rm -f src/main/helpers/*.c').directory(basedir).start()
    assert p.waitFor() == 0
}
return true
