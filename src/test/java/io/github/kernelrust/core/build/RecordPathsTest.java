package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kernelrust.core.toolchain.CoreFromSource;
import io.github.kernelrust.core.toolchain.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPathsTest {

    private static BuildSettings settings(Path project, Path tree) {
        return new BuildSettings(project.resolve("target/kernel-rust"), Target.of("x86_64", null, null), List.of(),
                List.of(), List.of(), List.of(), List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())),
                List.of(), List.of(), CoreFromSource.AUTO, Path.of("/cache"), FinishStep.KERNEL, GenerateBindings.AUTO,
                false, Wrap.NONE, true, project, tree, List.of(), List.of());
    }

    @Test
    void theProjectFolderIsNamedByItsTokenWhereverAPathStartsWithIt() {
        RecordPaths paths = RecordPaths.of(settings(Path.of("/build/p"), null));
        assertEquals("cmd cd $PROJECT && rustc --remap-path-prefix=$PROJECT=. --out-dir=$PROJECT/target/x"
                        + " '$PROJECT/a b.rs'\nabc $PROJECT/src/lib.rs\n",
                paths.fold("cmd cd /build/p && rustc --remap-path-prefix=/build/p=. --out-dir=/build/p/target/x"
                        + " '/build/p/a b.rs'\nabc /build/p/src/lib.rs\n"));
    }

    @Test
    void aFolderThatOnlyStartsWithTheProjectsNameIsLeftAsItIs() {
        RecordPaths paths = RecordPaths.of(settings(Path.of("/build/p"), null));
        assertEquals("/build/p2/x /build/p.old /usr/bin/rustc", paths.fold("/build/p2/x /build/p.old /usr/bin/rustc"));
    }

    @Test
    void aWorkingDirectoryInsideTheProjectGetsItsOwnToken() {
        RecordPaths paths = RecordPaths.of(settings(Path.of("/p"), Path.of("linux")));
        assertEquals("cd $WORKDIR && cc -I $WORKDIR/include $PROJECT/src/x.c",
                paths.fold("cd /p/linux && cc -I /p/linux/include /p/src/x.c"));
        assertEquals(Path.of("/p/linux/include/a.h"), paths.unfold("$WORKDIR/include/a.h"));
        assertEquals(Path.of("/p/target/kernel-rust/a.o"), paths.unfold("$PROJECT/target/kernel-rust/a.o"));
        assertEquals(Path.of("/elsewhere/a.o"), paths.unfold("/elsewhere/a.o"));
    }

    @Test
    void foldedInOneFolderAndUnfoldedInAnotherNamesTheOthersFile() {
        String line = RecordPaths.of(settings(Path.of("/checkout/one"), null)).fold("/checkout/one/target/kernel-rust/a.o");
        assertEquals(Path.of("/checkout/two/target/kernel-rust/a.o"),
                RecordPaths.of(settings(Path.of("/checkout/two"), null)).unfold(line));
    }

    @Test
    void aDependencyFileNamesWhatIsUnderTheToolsFolderRelatively() {
        String deps = "/p/target/kernel-rust/helpers.bc.tmp: target/kernel-rust/helpers.c \\\n"
                + "  /p/src/main/include/a.h /usr/include/stdint.h /p2/b.h\n";
        assertEquals("target/kernel-rust/helpers.bc.tmp: target/kernel-rust/helpers.c \\\n"
                + "  src/main/include/a.h /usr/include/stdint.h /p2/b.h\n", RecordPaths.relativeDeps(deps, Path.of("/p")));
        // rustc's: the outputs, then a rule per source
        assertEquals("target/a.d: src/lib.rs\n\nsrc/lib.rs:\n\n# env-dep:OUT_DIR=target/kernel-rust\n",
                RecordPaths.relativeDeps("/p/target/a.d: /p/src/lib.rs\n\n/p/src/lib.rs:\n\n"
                        + "# env-dep:OUT_DIR=/p/target/kernel-rust\n", Path.of("/p")));
    }
}
