package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.CommandFailedException;
import io.github.kernelrust.core.process.ProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pkg-config's output read as the C steps and the report take it (captured from pkgconf 1.8.1). */
class PkgConfigTest {

    @TempDir
    Path dir;

    @Test
    void outputIsSplitAsAShellWouldEscapedBlanksAndQuotesKept() {
        assertEquals(List.of("-I/usr/include/python3.11"), PkgConfig.split("-I/usr/include/python3.11 \n"));
        assertEquals(List.of("-I/opt/my lib/include", "-DNAME=a b", "-lpython3.11"),
                PkgConfig.split("-I/opt/my\\ lib/include '-DNAME=a b' -lpython3.11"));
        assertEquals(List.of(), PkgConfig.split("\n"));
    }

    @Test
    void theModulesOfAPkgconfLogAreEveryPackageWalkedOnceEach() {
        // pkgconf --log-file of `--cflags gnutls`: its private requirements too
        String log = "gnutls [3.7.9]\ngnutls [3.7.9]\nnettle [3.8.1]\nhogweed [3.8.1]\nnettle [3.8.1]\n"
                + "libtasn1 [4.19.0]\nlibidn2 [2.3.3]\np11-kit-1 [0.24.1]\n";

        assertEquals(List.of("gnutls", "hogweed", "libidn2", "libtasn1", "nettle", "p11-kit-1"), PkgConfig.modules(log));
    }

    @Test
    void eachModuleIsTheFirstPcFileOnTheSearchPath() throws Exception {
        Path local = Files.createDirectories(dir.resolve("local"));
        Path system = Files.createDirectories(dir.resolve("system"));
        Files.writeString(system.resolve("liburing.pc"), "Name: liburing\n");
        Files.writeString(local.resolve("liburing.pc"), "Name: liburing\n");
        Files.writeString(system.resolve("python3-embed.pc"), "Name: Python\n");

        assertEquals(List.of(local.resolve("liburing.pc").toString(), system.resolve("python3-embed.pc").toString()),
                PkgConfig.pcFilesOf(List.of("liburing", "nosuch", "python3-embed"),
                        List.of(local.toString(), system.toString())));
    }

    @Test
    void aPackageItDoesNotKnowIsAnErrorWithTheWayToInstallIt() {
        String said = "Package nosuch was not found in the pkg-config search path.\nPerhaps you should add the"
                + " directory containing `nosuch.pc'\nto the PKG_CONFIG_PATH environment variable\nPackage 'nosuch',"
                + " required by 'virtual:world', not found\n";
        CommandFailedException e = new CommandFailedException("Asking pkg-config", new ProcessResult(
                Command.of("PKG-CONFIG", List.of("pkg-config", "--cflags", "nosuch")), 1, "", said));

        KernelRustException error = PkgConfig.failure(e, List.of("python3-embed", "nosuch"));

        String m = error.getMessage();
        assertTrue(m.startsWith("pkg-config knows no package 'nosuch' (kernelRust.pkgConfig = [python3-embed, nosuch])."
                + " Install its development files (Debian: the package that ships nosuch.pc, such as libnosuch-dev;"
                + " apt-file search /nosuch.pc names it)"), m);
        assertTrue(m.contains("PKG_CONFIG_PATH"), m);
    }

    @Test
    void anyOtherFailureKeepsPkgConfigsOwnWords() {
        CommandFailedException e = new CommandFailedException("Asking pkg-config", new ProcessResult(
                Command.of("PKG-CONFIG", List.of("pkg-config", "--cflags", "x")), 1, "", "Unknown option --log-file\n"));

        assertSame(e, PkgConfig.failure(e, List.of("x")));
    }

    @Test
    void debiansPackageNamesForTheUsualCases() {
        assertEquals("python3-dev", PkgConfig.debianPackage("python3-embed"));
        assertEquals("liburing-dev", PkgConfig.debianPackage("liburing"));
        assertEquals("libgnutls-dev", PkgConfig.debianPackage("gnutls"));
    }
}
