// What the shared driver (src/it/shared/c/driver.c) must print, whatever the mode: these follow
// from what it asks the Rust code to do, not from a measurement.
class SharedDriver {
    static final String EXPECTED = '''refcount=1000001
bits=0xffffffffffffffff,0x3f already=2
saturated=1
'''

    /** Links the driver with the given objects and runs it. */
    static String run(Class it, File basedir, File itShared, List<File> objects) {
        return it.linkAndRun(basedir, 'driver', [new File(itShared, 'c/driver.c')] + objects,
                ['-I', new File(itShared, 'include').path])
    }

    /** The same for aarch64: a static program linked by the cross gcc, run under qemu. */
    static String runAarch64(Class it, File basedir, File itShared, List<File> objects) {
        return it.linkAndRunWith(it.AARCH64_CC, it.AARCH64_RUNNER, basedir, 'driver-aarch64',
                [new File(itShared, 'c/driver.c')] + objects, ['-static', '-I', new File(itShared, 'include').path])
    }
}
