package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependency files captured from the real compilers (src/test/resources/depinfo): rustc 1.96
 * {@code --emit=dep-info} as CrateCompiler asks for it, and clang 22 / gcc 12 {@code -MD -MF} as
 * HelperCompiler does, with paths holding spaces and a '$'.
 */
class DepInfoTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DepInfoTest.class.getResource("/depinfo/" + name).toURI());
    }

    private static List<Path> paths(String... paths) {
        return Stream.of(paths).map(Path::of).toList();
    }

    @Test
    void readsRustcDepInfoForACrateWithAModuleInADirectoryWhoseNameHasASpace() throws Exception {
        List<Path> inputs = DepInfo.inputs(resource("rustc-1.96-mod-in-dir-with-space.d"));

        assertEquals(paths("/tmp/kr capture/my crate/src/lib.rs", "/tmp/kr capture/my crate/src/net util/mod.rs"),
                inputs);
    }

    @Test
    void readsRustcDepInfoWhereDollarAndHashAreWrittenUnescaped() throws Exception {
        List<Path> inputs = DepInfo.inputs(resource("rustc-1.96-dollar-hash-unescaped.d"));

        assertEquals(paths("src/two.rs", "src/d$x#y/m.rs"), inputs);
    }

    @Test
    void readsClangMdOutputWithLineContinuationsEscapedSpacesAndDoubledDollar() throws Exception {
        List<Path> inputs = DepInfo.inputs(resource("clang-22-MD-continuations.d"));

        assertEquals(paths("out/helpers.c",
                "/tmp/kr capture/helpers/out/rust_helper.h",
                "/tmp/kr capture/helpers/src/main/helpers/refcount.c",
                "/tmp/kr capture/helpers/include dir/lin$ux/refcount.h"), inputs);
    }

    @Test
    void readsGccMdOutput() throws Exception {
        List<Path> inputs = DepInfo.inputs(resource("gcc-12-MD-continuations.d"));

        assertEquals(paths("out/helpers.c", "/usr/include/stdc-predef.h",
                "/tmp/kr capture/helpers/out/rust_helper.h",
                "/tmp/kr capture/helpers/src/main/helpers/refcount.c",
                "/tmp/kr capture/helpers/include dir/lin$ux/refcount.h"), inputs);
    }

    @Test
    void unescapesMakeStyleDoubledDollarAndEscapedHash() {
        assertEquals(paths("a$b.h", "c$$d.h", "e#f.h"), DepInfo.parse("x.o: a$$b.h c$$$$d.h e\\#f.h\n"));
    }

    @Test
    void joinsCrLfLineContinuations() {
        assertEquals(paths("a.c", "b.h"), DepInfo.parse("x.o: a.c \\\r\n  b.h\r\n"));
    }

    @Test
    void readsOnlyTheFirstRuleAndSkipsComments() {
        assertEquals(paths("a.rs"), DepInfo.parse("# generated\nx.bc: a.rs\n\na.rs:\nother: b.rs\n"));
    }

    @Test
    void aMissingFileHasNoInputs(@TempDir Path dir) {
        assertEquals(List.of(), DepInfo.inputs(dir.resolve("not-yet.d")));
    }

    @Test
    void aFileWithoutARuleHasNoInputs(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.d"), "\n# env-dep:X=1\n");

        assertEquals(List.of(), DepInfo.inputs(empty));
    }

    @Test
    void relativeInputsResolveAgainstTheFolderTheCompilerRanIn(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path dep = java.nio.file.Files.writeString(dir.resolve(".helpers.deps"),
                "helpers.bc: /out/helpers.c ./include/linux/compiler-version.h \\\n include/linux/refcount.h\n");

        assertEquals(List.of(Path.of("/out/helpers.c"), Path.of("/linux/include/linux/compiler-version.h"),
                Path.of("/linux/include/linux/refcount.h")), DepInfo.inputs(dep, Path.of("/linux")));
        assertEquals(Path.of("./include/linux/compiler-version.h"), DepInfo.inputs(dep).get(1));
    }
}
