package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreLibraryBuiltTest {

    @TempDir
    Path dir;

    @Test
    void copiesTheObjectsTheLinkNeedsAndLeavesUnchangedCopiesAlone() throws Exception {
        Path core = Files.createDirectories(dir.resolve("core"));
        Path builtins = Files.createDirectories(dir.resolve("builtins"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(core.resolve("core.o"), new byte[] {1, 2, 3});
        Files.write(core.resolve("libcore.rmeta"), new byte[] {4});
        Files.write(builtins.resolve("compiler_builtins.o"), new byte[] {5, 6});
        CoreLibrary.Built built = new CoreLibrary.Built(core, builtins);

        built.copyInto(out);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("core.o"), old);
        built.copyInto(out);

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out.resolve("core.o")));
        assertArrayEquals(new byte[] {5, 6}, Files.readAllBytes(out.resolve("compiler_builtins.o")));
        assertEquals(old, Files.getLastModifiedTime(out.resolve("core.o")));
        assertFalse(Files.exists(out.resolve("libcore.rmeta")), "a second core.rmeta would confuse rustc");

        Files.write(core.resolve("core.o"), new byte[] {9});
        built.copyInto(out);
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(out.resolve("core.o")));
    }
}
