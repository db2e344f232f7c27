package io.github.kernelrust.core.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindgenTest {

    @TempDir
    Path root;

    private Path tree(int major, String lib) throws Exception {
        Path dir = Files.createDirectories(root.resolve("llvm-" + major + "/lib"));
        Files.writeString(dir.resolve(lib), "");
        return dir;
    }

    @Test
    void anOldBindgenGetsOnlyLibclang15OrOlderNewestFirstEvenWhenTheUserNamesANewerOne() throws Exception {
        Path l14 = tree(14, "libclang.so.1");
        tree(22, "libclang-22.so.1");
        Path l13 = tree(13, "libclang-13.so.13");
        Files.createDirectories(root.resolve("llvm-18/lib")); // no libclang in it

        List<Bindgen.Libclang> c = Bindgen.candidates("bindgen 0.60.1", 22, root, root.resolve("llvm-22/lib").toString());

        assertEquals(List.of(new Bindgen.Libclang(l14, 14), new Bindgen.Libclang(l13, 13)), c);
        assertEquals(List.of(22), Bindgen.unusable("bindgen 0.60.1", root).stream().map(Bindgen.Libclang::major)
                .toList());
    }

    @Test
    void aNewBindgenTriesClangsOwnLibclangFirstThenTheNewestAndTheUsersChoiceBeforeAll() throws Exception {
        Path l14 = tree(14, "libclang.so.1");
        Path l22 = tree(22, "libclang-22.so.1");
        Path l20 = tree(20, "libclang-20.so.1");

        assertEquals(List.of(l22, l20, l14), Bindgen.candidates("bindgen 0.71.1", 22, root, null).stream()
                .map(Bindgen.Libclang::dir).toList());
        assertEquals(List.of(l20, l22, l14), Bindgen.candidates("bindgen 0.71.1", 20, root, "").stream()
                .map(Bindgen.Libclang::dir).toList());
        assertEquals(List.of(l14, l22, l20), Bindgen.candidates("bindgen 0.71.1", 22, root, l14.toString()).stream()
                .map(Bindgen.Libclang::dir).toList());
        assertEquals(List.of(), Bindgen.unusable("bindgen 0.71.1", root));
    }

    @Test
    void readsTheVersionLineOfDebiansAndUpstreamBindgen() {
        assertFalse(Bindgen.readsElaboratedTypes("bindgen 0.60.1"));
        assertFalse(Bindgen.readsElaboratedTypes("bindgen 0.63.0"));
        assertTrue(Bindgen.readsElaboratedTypes("bindgen 0.64.0"));
        assertTrue(Bindgen.readsElaboratedTypes("bindgen 1.0.0"));
        assertFalse(Bindgen.readsElaboratedTypes("something else"));
    }

    @Test
    void passesLibclangTheFlagsThatDecideHowCIsReadAndNotCodeGeneration() {
        assertEquals(List.of("-O2", "-I", "/inc", "-DMODULE", "-include", "a.h", "-std=gnu11", "-fno-builtin",
                "-funsigned-char", "-Iinc2"), Bindgen.clangArgs(List.of("-O2", "-fno-delete-null-pointer-checks",
                "-I", "/inc", "-DMODULE", "-mfunction-return=thunk-extern", "-include", "a.h", "-std=gnu11",
                "-fno-builtin", "-Wall", "-funsigned-char", "-fsanitize=kcfi", "-Iinc2", "-g")));
    }

    @Test
    void allowListsEachHelperFileAsAnEscapedRegularExpressionAndNamesItsLibclang() {
        Bindgen.Request r = new Bindgen.Request(Path.of("/usr/bin/bindgen"), Path.of("/o/helpers.c"),
                List.of(Path.of("/p/src/main/helpers/a+b.c")), Path.of("/o/b.rs.raw"), Path.of("/o/.b.deps"),
                "x86_64-linux-gnu", List.of("-I", "/inc"));

        Command c = Bindgen.command(r, new Bindgen.Libclang(Path.of("/usr/lib/llvm-14/lib"), 14));

        assertEquals("/usr/lib/llvm-14/lib", c.env().get("LIBCLANG_PATH"));
        List<String> argv = c.argv();
        assertEquals("/p/src/main/helpers/a\\+b\\.c", argv.get(argv.indexOf("--allowlist-file") + 1));
        assertTrue(argv.containsAll(List.of("--use-core", "--no-layout-tests", "--no-rustfmt-bindings")), argv.toString());
        assertEquals(List.of("--", "--target=x86_64-linux-gnu", "-D__BINDGEN__", "-I", "/inc"),
                argv.subList(argv.indexOf("--"), argv.size()));
    }

    @Test
    void aLibclangWithItsOwnBuiltinHeadersFindsItsIncludeFoldersItself() throws Exception {
        Path bare = tree(14, "libclang.so.1");
        Path full = tree(15, "libclang.so.1");
        Files.createDirectories(full.resolve("clang/15.0.7/include"));
        Files.writeString(full.resolve("clang/15.0.7/include/stddef.h"), "");
        Bindgen.Request r = new Bindgen.Request(Path.of("/usr/bin/bindgen"), Path.of("/o/helpers.c"), List.of(),
                Path.of("/o/b.rs.raw"), Path.of("/o/.b.deps"), "x86_64-linux-gnu", List.of());

        assertFalse(new Bindgen.Libclang(bare, 14).builtinHeaders());
        assertTrue(new Bindgen.Libclang(full, 15).builtinHeaders());
        List<String> with = Bindgen.command(r, new Bindgen.Libclang(full, 15)).argv();
        List<String> without = Bindgen.command(r, new Bindgen.Libclang(bare, 14)).argv();
        assertTrue(with.indexOf("--no-include-path-detection") > 0
                && with.indexOf("--no-include-path-detection") < with.indexOf("--"), with.toString());
        assertFalse(without.contains("--no-include-path-detection"), without.toString());
    }

    @Test
    void saysWhatToInstallWhenALibclangWithoutBuiltinHeadersCrashes() {
        // bindgen 0.60.1 with libclang 14 (libclang1-14 alone) on DPDK's rte_ring.h, which includes emmintrin.h
        String stderr = """
                libclang: crash detected during parsing: {
                  'source_filename' : ''
                  'command_line_args' : ['clang', '--target=x86_64-linux-gnu', '-isystem', \
                '/usr/lib/llvm-22/lib/clang/22/include', '/o/helpers.c'],
                  'unsaved_files' : [],
                  'options' : 1,
                }
                thread 'main' panicked at 'libclang error; possible causes include:
                - Invalid flag syntax
                - Unrecognized flags
                - Invalid flag arguments
                - File I/O errors
                - Host vs. target architecture mismatch
                If you encounter an error missing from this list, please file an issue or a PR!', src/ir/context.rs:529:15
                note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
                """;
        ProcessResult r = new ProcessResult(Command.of("BINDGEN", List.of("bindgen")), 101, "", stderr);

        assertEquals("libclang crashed while parsing the helpers", Bindgen.reason(r));
        String why = Bindgen.reason(r, new Bindgen.Libclang(Path.of("/usr/lib/llvm-14/lib"), 14, false));
        assertTrue(why.startsWith("libclang crashed while parsing the helpers (it has no builtin headers of its own"), why);
        assertTrue(why.endsWith("Debian: apt-get install libclang-common-14-dev)"), why);
        assertEquals("libclang crashed while parsing the helpers",
                Bindgen.reason(r, new Bindgen.Libclang(Path.of("/usr/lib/llvm-14/lib"), 14, true)));
        // without the crash line, the whole panic message, on one line
        ProcessResult panic = new ProcessResult(r.command(), 101, "", stderr.substring(stderr.indexOf("thread")));
        assertEquals("bindgen panicked: libclang error; possible causes include: - Invalid flag syntax - Unrecognized"
                + " flags - Invalid flag arguments - File I/O errors - Host vs. target architecture mismatch If you"
                + " encounter an error missing from this list, please file an issue or a PR!", Bindgen.reason(panic));
    }

    @Test
    void explainsAPanicInOneLine() {
        ProcessResult r = new ProcessResult(Command.of("BINDGEN", List.of("bindgen")), 1, "", """
                thread 'main' panicked at '"io_uring_sqe_union_(anonymous_at_/usr/include/liburing/io_uring_h_36_2)" \
                is not a valid Ident', /usr/share/cargo/registry/proc-macro2-1.0.47/src/fallback.rs:756:9
                stack backtrace:
                note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
                """);

        assertEquals("bindgen panicked: \"io_uring_sqe_union_(anonymous_at_/usr/include/liburing/io_uring_h_36_2)\""
                + " is not a valid Ident", Bindgen.reason(r));
        assertEquals("libclang: /p/broken.c:4:12: error: expected expression", Bindgen.reason(new ProcessResult(
                r.command(), 1, "", "thread 'main' panicked at 'Unable to generate bindings: ClangDiagnostic(\"/p/broken.c:4:12:"
                        + " error: expected expression\\n\")', src/main.rs:54:36\n")));
        assertEquals("/x.h:3:1: error: unknown type name 'constexpr'", Bindgen.reason(new ProcessResult(r.command(), 1,
                "", "/x.h:3:1: error: unknown type name 'constexpr'\n1 error generated.\n")));
    }

    @Test
    void warningsTheCompileTurnsOffStayOffInLibclangWhichIsNotToldOfOnesItLacks() {
        assertEquals(List.of("-Wno-unknown-warning-option", "-I./include", "-Wno-address-of-packed-member",
                "-Wno-default-const-init-unsafe"), Bindgen.clangArgs(List.of("-I./include", "-Wall",
                        "-Wno-address-of-packed-member", "-Werror", "-Wno-default-const-init-unsafe")));
    }

    @Test
    void theUsersOptionsGoAfterThePluginsAndBeforeLibclangsFlags() {
        Bindgen.Request r = new Bindgen.Request(Path.of("/usr/bin/bindgen"), Path.of("/o/helpers.c"), List.of(),
                Path.of("/o/b.rs.raw"), Path.of("/o/.b.deps"), "x86_64-linux-gnu", List.of("-I", "/inc"),
                List.of("--opaque-type=xregs_state", "--no-doc-comments"));
        List<String> argv = Bindgen.command(r, new Bindgen.Libclang(Path.of("/usr/lib/llvm-14/lib"), 14)).argv();
        int dashes = argv.indexOf("--");
        assertEquals(List.of("--opaque-type=xregs_state", "--no-doc-comments"), argv.subList(dashes - 2, dashes));
        assertTrue(argv.indexOf("--no-rustfmt-bindings") < dashes - 2, argv.toString());
    }

    @Test
    void findsTheStructsRustcRefusedForBeingPackedAndAligned() {
        assertEquals(List.of("xregs_state"),
                Bindgen.packedAndAligned(Captured.text("bindings/rustc-1.95-E0587-xregs_state.txt")));
        // the same error in the crate's own code is not the bindings'
        assertEquals(List.of(), Bindgen.packedAndAligned(Captured.text("bindings/rustc-1.95-E0587-xregs_state.txt")
                .replace("bindings_helpers_generated.rs", "lib.rs")));
    }
}
