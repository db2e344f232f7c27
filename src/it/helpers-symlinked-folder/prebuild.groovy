// src/main/helpers/shared -> ../../../shared-helpers (made here: a clone may not keep links)
import java.nio.file.Files
import java.nio.file.Paths
def link = new File(basedir, 'src/main/helpers/shared').toPath()
Files.deleteIfExists(link)
Files.createSymbolicLink(link, Paths.get('../../../shared-helpers'))
assert new File(basedir, 'src/main/helpers/shared/deep/twice.c').isFile()
return true
