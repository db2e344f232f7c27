package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.RecordingLog;
import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();
    private final List<String> info = log.infos;

    @Test
    void aSecondBuildOfTheFolderWaitsForTheFirstThenGoesOn() throws Exception {
        Path out = dir.resolve("kernel-rust");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try (OutputLock lock = OutputLock.acquire(out, Duration.ofSeconds(30), log)) {
                taken.countDown();
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.start();
        assertTrue(taken.await(30, TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            // let go only once the second build says it waits
            while (info.isEmpty()) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        releaser.start();

        try (OutputLock second = OutputLock.acquire(out, Duration.ofSeconds(30), log)) {
            assertTrue(info.get(0).startsWith("Waiting for another build in this JVM that holds " + out), info.toString());
        }
        first.join();
        assertTrue(Files.isRegularFile(out.resolve(OutputLock.FILE_NAME)));
    }

    @Test
    void aBuildThatHoldsTheFolderTooLongGetsAParagraphNamingIt() throws Exception {
        Path out = dir.resolve("busy");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try (OutputLock held = OutputLock.acquire(out, Duration.ofSeconds(5), log)) {
            Thread other = new Thread(() -> {
                try (OutputLock never = OutputLock.acquire(out, Duration.ofMillis(200), log)) {
                    thrown.set(new AssertionError("took a held folder"));
                } catch (RuntimeException e) {
                    thrown.set(e);
                }
            });
            other.start();
            other.join();
        }
        KernelRustException e = assertInstanceOf(KernelRustException.class, thrown.get());
        assertTrue(e.getMessage().startsWith("Another build holds the output directory " + out), e.getMessage());
        assertTrue(e.getMessage().contains("-DkernelRust.outputDirectory"), e.getMessage());
    }

    @Test
    void anOutputDirectoryThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("kernel-rust"), "x");

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> OutputLock.acquire(file, Duration.ofSeconds(1), log));

        assertEquals("The output directory " + file + " is a file, not a folder. Remove it, or point"
                + " kernelRust.outputDirectory somewhere else.", e.getMessage());
    }
}
