def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/kernel-rust')

assert log.contains('[rust_helper_atomic_add_return, called from bump in [forgetful.o]]')
assert log.contains('Crate(s) [forgetful] call helpers but do not link them (linkHelpers=false)')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'inlining-report.json'))
assert report.objects == ['forgetful.o']
assert report.helpers[0].status == 'not inlined'
return true
