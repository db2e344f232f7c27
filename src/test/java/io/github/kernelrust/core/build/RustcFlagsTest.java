package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RustcFlagsTest {

    @TempDir
    Path dir;

    @Test
    void argFilesAreTheFlagsThatStartWithAnAtResolvedAgainstTheBase() {
        assertEquals(List.of(Path.of("/linux/include/generated/rustc_cfg"), Path.of("/abs/more"),
                Path.of("/linux/scripts/cfg")), RustcFlags.argFiles(List.of("-O", "@./include/generated/rustc_cfg",
                        "--cfg", "x", "@shell:/abs/more", "@include/../scripts/cfg"), Path.of("/linux")));
    }

    @Test
    void relativeArgFilesBecomeAbsoluteAgainstTheBaseAndNothingElseChanges() {
        assertEquals(List.of("-O", "@/linux/include/rustc_cfg", "@/abs/cfg", "@shell:/linux/sh_cfg", "-I./include"),
                RustcFlags.absoluteArgFiles(List.of("-O", "@include/rustc_cfg", "@/abs/cfg", "@shell:sh_cfg",
                        "-I./include"), Path.of("/linux")));
    }

    @Test
    void lintLevelsAreLeftOutInEveryForm() {
        List<String> kbuild = List.of("-O", "-Dwarnings", "-Wmissing_docs", "-Dunsafe_op_in_unsafe_fn",
                "-Wrust_2018_idioms", "-Wunreachable_pub", "-D", "warnings", "-A", "dead_code", "--cap-lints=warn",
                "--cap-lints", "warn", "--deny=unused", "--force-warn", "x", "-Fbad", "-Cpanic=abort",
                "-Zfunction-return=thunk-extern", "--cfg", "CONFIG_X", "@cfg", "-Copt-level=2");

        assertEquals(List.of("-O", "-Cpanic=abort", "-Zfunction-return=thunk-extern", "--cfg", "CONFIG_X", "@cfg",
                "-Copt-level=2"), RustcFlags.withoutLints(kbuild));
    }

    @Test
    void byContentFollowsTheFileNotItsPath() throws Exception {
        Path a = Files.writeString(dir.resolve("a_cfg"), "--cfg CONFIG_SMP\n");
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Path b = Files.writeString(moved.resolve("b_cfg"), "--cfg CONFIG_SMP\n");

        List<String> atA = RustcFlags.byContent(List.of("-O", "@" + a));
        assertEquals(atA, RustcFlags.byContent(List.of("-O", "@" + b)));
        assertEquals("-O", atA.get(0));

        Files.writeString(b, "--cfg CONFIG_SMP\n--cfg CONFIG_PREEMPT\n");
        assertNotEquals(atA, RustcFlags.byContent(List.of("-O", "@" + b)));
        assertEquals(List.of("@sha256:missing"), RustcFlags.byContent(List.of("@" + dir.resolve("none"))));
    }
}
