package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.process.CommandFailedException;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.FakeTools;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.Tool;
import io.github.kernelrust.core.toolchain.ToolKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code core} is built with, and how its two cache entries behave, with a fake rustc that
 * logs each compile (its folder, RUSTC_BOOTSTRAP and arguments) and writes what {@code --emit} asks into
 * {@code --out-dir}, by rustc's default names.
 */
class CoreLibraryTest {
    private static final Path LIBRARY = Path.of("/usr/lib/rustlib/src/rust/library");
    private static final Target AARCH64 = Target.of("aarch64", null, null);

    @TempDir
    Path dir;

    private Path calls;
    private Tool rustc;

    @BeforeEach
    void fakeRustc() throws Exception {
        Path sysroot = dir.resolve("sysroot");
        Path core = Files.createDirectories(sysroot.resolve("lib/rustlib/src/rust/library/core"));
        Files.createDirectories(core.resolve("src"));
        Files.writeString(core.resolve("src/lib.rs"), "#![no_core]\n");
        Files.writeString(core.resolve("Cargo.toml"), "[package]\nname = \"core\"\nedition = \"2024\"\n");
        calls = dir.resolve("calls");
        Path script = dir.resolve("rustc");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = --print ]; then echo '%s'; exit 0; fi
                echo "$PWD|${RUSTC_BOOTSTRAP:-unset}|$*" >> '%s'
                case "$*" in *compiler_builtins*) [ -f '%s' ] && { echo 'error: the stub failed' >&2; exit 1; };; esac
                for a; do case "$a" in --crate-name=*) name=${a#--crate-name=};; --out-dir=*) out=${a#--out-dir=};; esac; done
                for a; do case "$a" in --emit=metadata,obj) echo built > "$out/lib$name.rmeta"; echo built > "$out/$name.o";; esac; done
                """.formatted(sysroot, calls, dir.resolve("fail-stub")));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        rustc = FakeTools.probedOutput(ToolKind.RUSTC, script.toString(), FakeTools.fixture("rustc-debian-1.96"));
    }

    private BuildSettings settings(Path cache, List<String> rustflags, boolean bootstrap) {
        return new BuildSettings(dir.resolve("out"), AARCH64, List.of(), List.of(), List.of(), List.of(),
                List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())), List.of(), rustflags,
                CoreFromSource.AUTO, cache, FinishStep.KERNEL, GenerateBindings.AUTO, false, Wrap.NONE, bootstrap);
    }

    private CoreLibrary.Built ensure(BuildSettings s) {
        return new CoreLibrary(new ProcessRunner(), BuildLog.SILENT).ensure(rustc, s);
    }

    private List<String> calls() throws Exception {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void coreAndTheStubAreBuiltWithTheirOwnLintPolicyInTheirBuildFolder() throws Exception {
        Path cfg = Files.writeString(dir.resolve("rustc_cfg"), "--cfg CONFIG_SMP\n");
        Path cache = dir.resolve("cache");

        CoreLibrary.Built built = ensure(settings(cache, List.of("-O", "-Dwarnings", "-Wmissing_docs", "-D",
                "unsafe_op_in_unsafe_fn", "@" + cfg, "-Cpanic=abort"), true));

        List<String> calls = calls();
        assertEquals(2, calls.size(), calls.toString());
        String[] core = calls.get(0).split("\\|", 3);
        assertTrue(core[0].matches(java.util.regex.Pattern.quote(cache + "/core-aarch64-unknown-none-")
                + "[0-9a-f]{16}\\.tmp-[0-9a-f]+"), core[0]);
        assertEquals("1", core[1]);
        assertTrue(core[2].contains("--edition=2024 --crate-type=rlib --crate-name=core --target=aarch64-unknown-none"
                + " -O @" + cfg + " -Cpanic=abort -Ccodegen-units=1 --sysroot=/dev/null --cap-lints=allow"
                + " --remap-path-prefix=" + core[0] + "=" + CoreLibrary.BUILD_DIR + " "), core[2]);
        assertFalse(core[2].contains("warnings") || core[2].contains("missing_docs") || core[2].contains("unsafe_op"),
                core[2]);
        String[] stub = calls.get(1).split("\\|", 3);
        assertTrue(stub[2].contains("--crate-name=compiler_builtins"), stub[2]);
        assertTrue(stub[2].contains("--cap-lints=allow --remap-path-prefix=" + stub[0] + "=" + CoreLibrary.BUILD_DIR),
                stub[2]);
        assertTrue(stub[2].contains("--extern core=" + built.coreDir().resolve("libcore.rmeta")), stub[2]);
        assertTrue(CoreLibrary.BUILTINS_STUB.startsWith("//! "), "the crate has its documentation");
        assertTrue(CoreLibrary.BUILTINS_STUB.contains("#![allow(internal_features)]"));
        assertEquals(CoreLibrary.BUILTINS_STUB, Files.readString(built.builtinsDir().resolve("compiler_builtins.rs")));
        assertEquals(List.of("--sysroot=/dev/null", "-L", "dependency=" + built.coreDir(), "-L",
                "dependency=" + built.builtinsDir(), "--extern", "core=" + built.coreDir().resolve("libcore.rmeta"),
                "--extern", "compiler_builtins=" + built.builtinsDir().resolve("libcompiler_builtins.rmeta")),
                built.rustcArgs());
    }

    @Test
    void aFailingStubKeepsTheBuiltCoreForTheNextBuild() throws Exception {
        Path cache = dir.resolve("cache");
        Files.writeString(dir.resolve("fail-stub"), "");

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> ensure(settings(cache, List.of("-O"), true)));
        assertTrue(e.getMessage().contains("the stub failed"), e.getMessage());
        Files.delete(dir.resolve("fail-stub"));
        Files.delete(calls);

        ensure(settings(cache, List.of("-O"), true));

        List<String> calls = calls();
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains("--crate-name=compiler_builtins"), calls.get(0));
    }

    @Test
    void rustcBootstrapFalseSetsNothing() throws Exception {
        ensure(settings(dir.resolve("cache"), List.of("-O"), false));

        assertTrue(calls().stream().allMatch(c -> c.split("\\|")[1].equals("unset")), calls().toString());
    }

    @Test
    void theEntriesDoNotDependOnWhereTheCacheLies() throws Exception {
        CoreLibrary.Built one = ensure(settings(dir.resolve("one"), List.of("-O"), true));
        CoreLibrary.Built two = ensure(settings(dir.resolve("elsewhere/two"), List.of("-O"), true));

        assertEquals(one.coreDir().getFileName(), two.coreDir().getFileName());
        assertEquals(one.builtinsDir().getFileName(), two.builtinsDir().getFileName());
    }

    @Test
    void theKeyFollowsTheContentsOfArgFilesAndTheSpecNotTheirPaths() throws Exception {
        Path a = Files.writeString(dir.resolve("rustc_cfg"), "--cfg CONFIG_SMP\n");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("moved")).resolve("rustc_cfg"),
                "--cfg CONFIG_SMP\n");
        String key = CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, AARCH64, List.of("-O", "@" + a));

        assertEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, AARCH64, List.of("-O", "@" + b)));
        Files.writeString(b, "--cfg CONFIG_PREEMPT\n");
        assertNotEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, AARCH64, List.of("-O", "@" + b)));

        Path spec = Files.writeString(dir.resolve("aarch64-kernel.json"), "{\"arch\": \"aarch64\"}");
        Path specMoved = Files.copy(spec, dir.resolve("moved/aarch64-kernel.json"));
        String bySpec = CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, Target.of("aarch64", spec.toString(), null),
                List.of("-O"));
        assertEquals(bySpec, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY,
                Target.of("aarch64", specMoved.toString(), null), List.of("-O")));
        Files.writeString(specMoved, "{\"arch\": \"aarch64\", \"features\": \"+v8a\"}");
        assertNotEquals(bySpec, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY,
                Target.of("aarch64", specMoved.toString(), null), List.of("-O")));
    }

    @Test
    void theKeyChangesWithRustcItsSourcesTheTargetAndTheFlagsButNotWithLints() {
        String key = CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, AARCH64, List.of("-O"));

        assertNotEquals(key, CoreLibrary.key("rustc 1.95.0", "22.1.8", LIBRARY, AARCH64, List.of("-O")));
        assertNotEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.2", LIBRARY, AARCH64, List.of("-O")));
        assertNotEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.8",
                Path.of("/opt/rust/lib/rustlib/src/rust/library"),
                AARCH64, List.of("-O")));
        assertNotEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, Target.of("x86_64", null, null),
                List.of("-O")));
        assertNotEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, AARCH64, List.of("-Copt-level=2")));
        assertEquals(key, CoreLibrary.key("rustc 1.96.0", "22.1.8", LIBRARY, AARCH64, CoreLibrary.flags(
                settings(dir, List.of("-Dwarnings", "-O", "-Wmissing_docs"), true))));
        assertEquals(16, key.length());
    }
}
