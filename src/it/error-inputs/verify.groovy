// Each bad input gets one paragraph naming what is wrong, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains("kernelRust.llvm is '/nonexistent/', a prefix ending in /, but that folder does not exist. Point"
        + " it at the folder that holds clang and llvm-link")
def afile = new File(basedir, 'target/afile').canonicalFile
assert log.contains("The output directory ${afile} is a file, not a folder. Remove it, or point"
        + " kernelRust.outputDirectory somewhere else.")
assert new File(basedir, 'target/afile').text == 'not a folder\n'
assert !(log =~ /(?m)^\s+at [a-z]+\./)
return true
