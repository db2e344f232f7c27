// an output directory that is a file
def t = new File(basedir, 'target')
t.mkdirs()
new File(t, 'afile').text = 'not a folder\n'
return true
