// Kbuild's rustflags as pasted: the kernel's lint flags fail neither core nor the compiler_builtins
// stub (built with their own lint policy) yet still apply to the crate; a -Z flag works with a
// stable rustc because RUSTC_BOOTSTRAP=1 is set by default, and fails with rustcBootstrap=false;
// a target spec file gets core from source with coreFromSource=auto; and a change to the
// @rustc_cfg file rebuilds the crates and, through the cache key, core.
def loader = new GroovyClassLoader(getClass().classLoader)
def it = loader.parseClass(new File(itTools, 'ItChecks.groovy'))
def log = new File(basedir, 'build.log').text
def x86 = new File(basedir, 'target/kernel-rust/x86')
def arm = new File(basedir, 'target/kernel-rust/aarch64')
def major = it.toolchain(x86)['rustc.llvm.major']
def cfg = new File(basedir, 'rustc_cfg')
def spec = new File(basedir, 'aarch64-kernel.json')

// the second invoker run: without RUSTC_BOOTSTRAP the -Z flag is refused by the stable rustc
assert log.contains('the option `Z` is only accepted on the nightly compiler')
assert log.contains('[INFO] BUILD SUCCESS') && log.contains('[INFO] BUILD FAILURE')

// the crate keeps the lint flags; its record tracks the @file and the spec by content
def x86Record = it.record(new File(x86, '.kernel_lints.bc.cmd'))
['RUSTC_BOOTSTRAP=1 ', ' -Dwarnings ', ' -Wmissing_docs ', ' -Dunsafe_op_in_unsafe_fn ',
 ' -Zfunction-return=thunk-extern ', " @${cfg.path} "].each { assert x86Record.contains(it): "${it}: ${x86Record}" }
def sha = { File f -> java.security.MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
assert x86Record.contains("${sha(cfg)} ${cfg.path}\n")
def armRecord = it.record(new File(arm, '.kernel_lints.bc.cmd'))
assert armRecord.contains(" --target=${spec.path} -Zunstable-options ")
assert armRecord.contains("${sha(spec)} ${spec.path}\n") && armRecord.contains("${sha(cfg)} ${cfg.path}\n")
assert armRecord.contains(' -Dwarnings ') && armRecord.contains('RUSTC_BOOTSTRAP=1 ')

// the spec file needs core from source: the rustc chosen has library sources
def rustc = it.toolchain(arm)['rustc.path']
def sysroot = it.run([rustc, '--print', 'sysroot']).strip()
assert new File(sysroot, 'lib/rustlib/src/rust/library/core/src/lib.rs').isFile(): rustc
assert it.count(log, 'INFO', 'RUSTC core (aarch64-kernel,') == 1
assert it.count(log, 'INFO', 'RUSTC compiler_builtins (aarch64-kernel,') == 1

// the x86-64 object returns through the thunk; both objects compute what the C driver expects
def driver = new File(basedir, 'src/main/c/driver.c')
def check = { String expected ->
    def x86Obj = new File(x86, 'kernel_lints.o')
    def scale = it.disassemble(x86Obj, 'rust_kr_scale', major)
    // the jump's target is the relocation on the next line
    assert scale =~ /jmp\s[^\n]*\n\s*[0-9a-f]+:\s+R_X86_64_PLT32\s+__x86_return_thunk/: scale
    assert !(scale =~ /\bret\b/): scale
    assert it.linkAndRun(basedir, 'driver-x86', [driver, x86Obj]) == expected
    def armObj = new File(arm, 'kernel_lints.o')
    assert it.run([it.llvmTool('llvm-readelf', major), '-h', armObj.path]) =~ /Machine:\s+AArch64/
    assert it.linkAndRunWith(it.AARCH64_CC, it.AARCH64_RUNNER, basedir, 'driver-aarch64', [driver, armObj],
            ['-static']) == expected
}
check('scale(4)=123\n')
[x86, arm].each { dir -> assert !it.nm(new File(dir, 'kernel_lints.o'), major).contains('rust_kr_double_configured') }

// a new kernel configuration: Rust is rebuilt, core too (its key has the file's content), C not
cfg.text = cfg.text.replace('--cfg=CONFIG_KR_TRIPLE', '--cfg=CONFIG_KR_DOUBLE')
def again = it.maven(itTools, localRepositoryPath, basedir, ['verify'], new File(basedir, 'build-config.log'))
assert it.count(again, 'INFO', 'RUSTC kernel_lints.bc') == 2
assert it.count(again, 'INFO', 'RUSTC core (aarch64-kernel,') == 1
assert it.count(again, 'INFO', 'HELPER ') == 0
assert !again.contains('[WARNING]')
check('scale(4)=82\n')
[x86, arm].each { dir -> assert it.nm(new File(dir, 'kernel_lints.o'), major).contains('rust_kr_double_configured') }
def cores = new File(basedir, 'target/core-cache').list().findAll { it ==~ /core-aarch64-kernel-[0-9a-f]{16}/ }
assert cores.size() == 2: cores
return true
