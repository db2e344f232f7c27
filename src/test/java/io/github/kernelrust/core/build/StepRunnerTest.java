package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.RecordingLog;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.CommandFailedException;
import io.github.kernelrust.core.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The if_changed rule with a real command: {@code cp INPUT OUTPUT.tmp}. */
class StepRunnerTest {

    @TempDir
    Path dir;

    private Path input;
    private Path output;
    private final RecordingLog log = new RecordingLog();
    private final List<String> infoLines = log.infos;
    private final List<String> warnLines = log.warnings;
    private StepRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        input = Files.writeString(dir.resolve("in.txt"), "first");
        output = dir.resolve("out.txt");
        runner = new StepRunner(new ProcessRunner(), log);
    }

    private Step copy(Path from, String... extraFlags) {
        List<String> argv = new ArrayList<>(List.of("/bin/cp"));
        argv.addAll(List.of(extraFlags));
        argv.addAll(List.of(from.toString(), AtomicFiles.temporary(output).toString()));
        return step(argv, from);
    }

    private Step step(List<String> argv, Path in) {
        return new Step("Copying", Command.of("COPY " + output.getFileName(), argv), List.of(output),
                () -> List.of(in));
    }

    private void assertNothingLeft(Step step) {
        assertFalse(Files.exists(output), "output left behind");
        assertFalse(Files.exists(AtomicFiles.temporary(output)), ".tmp left behind");
        assertFalse(Files.exists(step.record()), "record left behind");
    }

    @Test
    void runsTheFirstTimeAndMovesTheOutputIntoPlace() throws Exception {
        Step step = copy(input);

        assertNotNull(runner.run(step));

        assertEquals("first", Files.readString(output));
        assertFalse(Files.exists(AtomicFiles.temporary(output)));
        assertEquals(dir.resolve(".out.txt.cmd"), step.record());
        assertTrue(Files.readString(step.record()).contains(step.command().display()));
        assertEquals(List.of("COPY out.txt"), infoLines);
    }

    @Test
    void isSkippedTheSecondTime() {
        runner.run(copy(input));
        infoLines.clear();

        assertNull(runner.run(copy(input)));
        assertEquals(List.of(), infoLines);
    }

    @Test
    void rerunsWhenAnInputsContentChanges() throws Exception {
        runner.run(copy(input));
        Files.writeString(input, "second");

        assertNotNull(runner.run(copy(input)));
        assertEquals("second", Files.readString(output));
        assertNull(runner.run(copy(input)));
    }

    @Test
    void rerunsWhenTheCommandLineChanges() {
        runner.run(copy(input));

        assertNotNull(runner.run(copy(input, "-p")));
        assertNull(runner.run(copy(input, "-p")));
    }

    @Test
    void aTruncatedOutputIsRebuiltWithOneWarning() throws Exception {
        runner.run(copy(input));
        Files.writeString(output, "fi"); // as a full disk or a killed writer leaves it

        assertNotNull(runner.run(copy(input)));

        assertEquals("first", Files.readString(output));
        assertEquals(1, warnLines.size(), warnLines.toString());
        assertTrue(warnLines.get(0).startsWith(output + " is 2 bytes, recorded 5: it was damaged or changed outside"
                + " the build. Rebuilding it (COPY out.txt)."), warnLines.get(0));
        assertNull(runner.run(copy(input)));
        assertEquals(1, warnLines.size());
    }

    @Test
    void anOutputChangedInPlaceWithTheSameSizeIsRebuilt() throws Exception {
        runner.run(copy(input));
        Files.writeString(output, "FIRST");

        assertNotNull(runner.run(copy(input)));

        assertEquals("first", Files.readString(output));
        assertTrue(warnLines.get(0).startsWith(output + " does not hash as recorded"), warnLines.toString());
    }

    @Test
    void theRecordHoldsEachOutputsSizeAndHash() throws Exception {
        Step step = copy(input);
        runner.run(step);

        List<String> lines = Files.readAllLines(step.record());
        assertEquals("out 5 a7937b64b8caa58f03721bb6bacf5c78cb235febe0e70b1b84cd99541461a08e " + output,
                lines.get(lines.size() - 1));
    }

    @Test
    void aRecordNamesTheProjectFolderByItsTokenAndStaysUpToDateInAnotherFolder() throws Exception {
        // one checkout builds; its folder is moved (a restore into another checkout): nothing reruns
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = dir.resolve("two");
        StepRunner inOne = new StepRunner(new ProcessRunner(), log, paths(one));
        Step first = copyWithin(one);
        assertNotNull(inOne.run(first));
        String record = Files.readString(first.record());
        assertFalse(record.contains(one.toString()), record);
        assertTrue(record.contains("$PROJECT/in.txt\n") && record.contains(" $PROJECT/out.txt\n"), record);

        Files.move(one, two);
        StepRunner inTwo = new StepRunner(new ProcessRunner(), log, paths(two));
        assertNull(inTwo.run(copyWithin(two)));
        assertEquals(List.of(), warnLines);
        // and the damage check reads the output in the new folder
        Files.writeString(two.resolve("out.txt"), "fi");
        assertNotNull(inTwo.run(copyWithin(two)));
        assertTrue(warnLines.get(0).startsWith(two.resolve("out.txt") + " is 2 bytes"), warnLines.toString());
    }

    private static RecordPaths paths(Path project) {
        return RecordPaths.of(new BuildSettings(project.resolve("target"), io.github.kernelrust.core.toolchain.Target
                .of("x86_64", null, null), List.of(), List.of(), List.of(), List.of(),
                List.of(new HelperVariant(HelperVariant.DEFAULT, List.of())), List.of(), List.of(),
                io.github.kernelrust.core.toolchain.CoreFromSource.AUTO, project.resolve("cache"), FinishStep.KERNEL,
                GenerateBindings.AUTO, false, Wrap.NONE, true, project, null, List.of(), List.of()));
    }

    /** Copies in.txt to out.txt of the folder, run there with relative names, as the compilers run. */
    private static Step copyWithin(Path folder) throws Exception {
        if (!Files.exists(folder.resolve("in.txt"))) {
            Files.writeString(folder.resolve("in.txt"), "first");
        }
        Path out = folder.resolve("out.txt");
        return new Step("Copying", Command.of("COPY out.txt", List.of("/bin/cp", "in.txt",
                folder.relativize(AtomicFiles.temporary(out)).toString())).withWorkDir(folder), List.of(out),
                () -> List.of(folder.resolve("in.txt")));
    }

    @Test
    void aCompilersDependencyFileNamesTheFilesOfItsFolderRelatively() throws Exception {
        Path deps = dir.resolve(".out.txt.deps");
        String script = "printf '%s: %s %s\\n' " + AtomicFiles.temporary(output) + " " + input + " /usr/include/x.h > "
                + deps + "; cp " + input + " " + AtomicFiles.temporary(output);
        Step step = new Step("Compiling", Command.of("CC out.txt", List.of("/bin/sh", "-c", script, "cc", "-MF",
                deps.toString())).withWorkDir(dir), List.of(output), () -> List.of(input));
        runner.run(step);
        assertEquals("out.txt.tmp: in.txt /usr/include/x.h\n", Files.readString(deps));
    }

    @Test
    void rerunsWhenTheOutputWasDeleted() throws Exception {
        runner.run(copy(input));
        Files.delete(output);

        assertNotNull(runner.run(copy(input)));
        assertEquals("first", Files.readString(output));
    }

    @Test
    void aFailureLeavesNoOutputNoTmpAndNoRecordEvenWhenAnOlderOutputExisted() {
        runner.run(copy(input));
        assertTrue(Files.exists(output));
        Step failing = copy(dir.resolve("missing.txt"));

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> runner.run(failing));

        assertTrue(e.getMessage().startsWith("Copying failed with exit code"), e.getMessage());
        assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
        assertNothingLeft(failing);
    }

    @Test
    void aFailureAfterWritingTheTmpRemovesIt() throws Exception {
        Files.writeString(output, "older");
        Step failing = step(List.of("/bin/sh", "-c", "echo half > \"$1\"; exit 1", "sh",
                AtomicFiles.temporary(output).toString()), input);

        assertThrows(CommandFailedException.class, () -> runner.run(failing));

        assertNothingLeft(failing);
    }

    @Test
    void aFailedStepRunsAgainNextTime() throws Exception {
        Step step = copy(input);
        runner.run(step);
        assertThrows(CommandFailedException.class, () -> runner.run(copy(dir.resolve("missing.txt"))));

        assertNotNull(runner.run(step));
        assertEquals("first", Files.readString(output));
    }

    @Test
    void aCommandThatSucceedsWithoutWritingItsOutputFails() {
        Step lazy = step(List.of("/bin/sh", "-c", "exit 0"), input);

        KernelRustException e = assertThrows(KernelRustException.class, () -> runner.run(lazy));

        assertTrue(e.getMessage().contains("did not write " + AtomicFiles.temporary(output)), e.getMessage());
        assertNothingLeft(lazy);
    }
}
