def log = new File(basedir, 'build.log').text
assert log.contains('The crates depend on each other in a cycle: a -> b -> a.')
return true
