package io.github.kernelrust.core.toolchain;

import static io.github.kernelrust.core.toolchain.FakeTools.probed;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolchainLockTest {

    @TempDir
    Path dir;

    private static final Target X86 = Target.of("x86_64", null, null);
    private static final Target ARM = Target.of("aarch64", null, null);

    private static Detection inline(String rustcFixture) {
        Toolchain tc = new Toolchain(
                probed(ToolKind.RUSTC, "/usr/bin/rustc", rustcFixture),
                probed(ToolKind.CLANG, "/usr/lib/llvm-22/bin/clang", "clang-debian-22"),
                probed(ToolKind.LLVM_LINK, "/usr/bin/llvm-link-22", "llvm-link-debian-22"),
                probed(ToolKind.NM, "/usr/bin/llvm-nm-22", "llvm-nm-debian-22"),
                probed(ToolKind.CC, "/usr/bin/cc", "gcc-debian-12"));
        return new Detection(tc, ModeDecision.decide(tc, InlineHelpers.AUTO));
    }

    @Test
    void aWrittenLockHoldsVersionsNotPathsAndAcceptsTheSameToolchain() throws Exception {
        ToolchainLock lock = new ToolchainLock(dir.resolve(ToolchainLock.FILE_NAME));
        Detection d = inline("rustc-debian-1.96");

        lock.write(X86, d);
        String text = Files.readString(dir.resolve(ToolchainLock.FILE_NAME));

        assertFalse(text.contains("/usr/"), text);
        assertTrue(text.contains("x86_64.mode = inline"), text);
        assertTrue(text.contains("x86_64.rustc.version = " + d.toolchain().rustc().versionLine().strip()), text);
        assertDoesNotThrow(() -> lock.check(X86, d));
        lock.write(X86, d);
        assertEquals(text, Files.readString(dir.resolve(ToolchainLock.FILE_NAME)));
    }

    @Test
    void anotherVersionFailsWithWhatDiffersAndHowToUpdate() throws Exception {
        Path file = dir.resolve(ToolchainLock.FILE_NAME);
        ToolchainLock lock = new ToolchainLock(file);
        Detection d = inline("rustc-debian-1.96");
        lock.write(X86, d);
        Files.writeString(file, Files.readString(file).replace("x86_64.rustc.llvm = " + d.toolchain().rustc().llvm(),
                "x86_64.rustc.llvm = 21.1.0"));

        KernelRustException e = assertThrows(KernelRustException.class, () -> lock.check(X86, d));

        assertTrue(e.getMessage().contains("x86_64.rustc.llvm is locked as '21.1.0' but found '"
                + d.toolchain().rustc().llvm() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("-DkernelRust.writeLock"), e.getMessage());
        assertFalse(e.getMessage().contains("clang.version"), e.getMessage());
    }

    @Test
    void writingOneTargetKeepsTheOthersAndAnUnlockedTargetFails() {
        ToolchainLock lock = new ToolchainLock(dir.resolve(ToolchainLock.FILE_NAME));
        Detection d = inline("rustc-debian-1.96");
        lock.write(X86, d);

        KernelRustException e = assertThrows(KernelRustException.class, () -> lock.check(ARM, d));
        assertTrue(e.getMessage().contains("no entries for target aarch64"), e.getMessage());

        lock.write(ARM, d);
        assertTrue(lock.read().containsKey("x86_64.mode"));
        assertEquals("aarch64-unknown-none", lock.read().get("aarch64.rustTarget"));
        assertDoesNotThrow(() -> lock.check(X86, d));
    }

    @Test
    void noLockFileChecksNothing() {
        assertDoesNotThrow(() -> new ToolchainLock(dir.resolve("none.lock")).check(X86, inline("rustc-debian-1.96")));
    }

    @Test
    void aToolThatIsNoLongerFoundIsNamed() {
        var locked = new java.util.TreeMap<String, String>(ToolchainLock.entries(X86, inline("rustc-debian-1.96")));
        locked.put("x86_64.bindgen.version", "bindgen 0.71.1");

        String diff = ToolchainLock.differences(locked, ToolchainLock.entries(X86, inline("rustc-debian-1.96")),
                "x86_64");

        assertEquals("x86_64.bindgen.version is locked as 'bindgen 0.71.1' but none was found", diff);
    }
}
