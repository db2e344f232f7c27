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

    /**
     * core built from source is in the outputs (core.o and compiler_builtins.o, AArch64, core.o
     * defining symbols), so a restored output folder (build cache) and the package zip hold what the
     * final link needs; its .rmeta stays in the cache.
     */
    static void assertCoreInOutputs(Class it, File out, String major) {
        ['core.o', 'compiler_builtins.o'].each { n ->
            def f = new File(out, n)
            assert f.isFile(): n
            assert it.run([it.llvmTool('llvm-readelf', major), '-h', f.path]) =~ /Machine:\s+AArch64/
        }
        assert it.nm(new File(out, 'core.o'), major) =~ /(?m) T /
        assert !new File(out, 'libcore.rmeta').exists()
    }
}
