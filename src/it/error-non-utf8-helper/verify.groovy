// A helper file name that is not valid UTF-8 gets a paragraph saying so, instead of clang's
// "file not found" for a file that exists.
def log = new File(basedir, 'build.log').text
assert log.contains('has a file name that is not valid UTF-8, so it cannot be named to clang')
assert log.contains('Rename it with UTF-8 (or ASCII) characters.')
assert !log.contains('file not found')
return true
