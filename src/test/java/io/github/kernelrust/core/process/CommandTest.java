package io.github.kernelrust.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandTest {

    private static String display(String... argv) {
        return Command.of("TEST", List.of(argv)).display();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "/usr/bin/clang-22             | /usr/bin/clang-22",
        "--target=x86_64-linux-gnu     | --target=x86_64-linux-gnu",
        "-Cpanic=abort                 | -Cpanic=abort",
        "dependency=/out/a,b@c%d+e:f   | dependency=/out/a,b@c%d+e:f",
        "/my project/lib.rs            | '/my project/lib.rs'",
        "$(rm -rf ~)                   | '$(rm -rf ~)'",
        "it's                          | 'it'\\''s'",
        "a;b                           | 'a;b'",
        "*.c                           | '*.c'",
        "\"\"                          | ''",
    })
    void quotesOnlyWordsAShellWouldMisread(String word, String expected) {
        assertEquals(expected, Command.quote(word));
    }

    @Test
    void displaysTheArgumentsInOrder() {
        assertEquals("/usr/bin/rustc --edition=2021 '/a b/lib.rs' -o ''",
                display("/usr/bin/rustc", "--edition=2021", "/a b/lib.rs", "-o", ""));
    }

    @Test
    void displaysTheEnvironmentFirst() {
        Command c = Command.of("RUSTC", List.of("rustc", "lib.rs")).withEnv("RUSTC_BOOTSTRAP", "1");

        assertEquals("RUSTC_BOOTSTRAP=1 rustc lib.rs", c.display());
    }

    @Test
    void displaysTheEnvironmentSortedByName() {
        Command c = Command.of("CC", List.of("cc")).withEnv("RUSTC_BOOTSTRAP", "1").withEnv("A_FLAGS", "-O -g")
                .withEnv("CC", "clang");

        assertEquals("A_FLAGS='-O -g' CC=clang RUSTC_BOOTSTRAP=1 cc", c.display());
    }

    @Test
    void quotesEnvironmentValuesButNotTheirNames() {
        Command c = Command.of("CC", List.of("cc")).withEnv("KR_FLAGS", "-O -g $(x)");

        assertEquals("KR_FLAGS='-O -g $(x)' cc", c.display());
    }

    @Test
    void aShellGivenTheDisplayedLineSeesTheOriginalArguments() {
        List<String> words = List.of("plain", "with space", "$(echo pwned)", "it's", "a;b", "", "`x`", "$HOME",
                "back\\slash", "tab\there", "*", "\"dq\"", "new\nline");
        List<String> argv = new ArrayList<>(List.of("printf", "<%s>"));
        argv.addAll(words);

        ProcessResult r = new ProcessRunner().runChecked("sh",
                Command.of("SH", List.of("/bin/sh", "-c", Command.of("X", argv).display())));

        StringBuilder expected = new StringBuilder();
        words.forEach(w -> expected.append('<').append(w).append('>'));
        assertEquals(expected.toString(), r.stdout());
    }

    @Test
    void aCommandWithAFolderOfItsOwnDisplaysTheCdThatAShellNeeds(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("kr cmd"));
        Files.writeString(dir.resolve("flags"), "-I./include\n");
        Command c = Command.of("CAT", List.of("cat", "flags")).withWorkDir(dir).withEnv("LC_ALL", "C");

        assertEquals("cd '" + dir + "' && LC_ALL=C cat flags", c.display());
        ProcessResult r = new ProcessRunner().runChecked("sh", Command.of("SH", List.of("/bin/sh", "-c", c.display())));
        assertEquals("-I./include\n", r.stdout());
        assertEquals("-I./include\n", new ProcessRunner().runChecked("cat", c).stdout());
    }

    @Test
    void anEmptyCommandIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Command.of("X", List.of()));
    }
}
