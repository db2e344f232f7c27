package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.RecordingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's publish protocol, with fake builders that write small files instead of running rustc. */
class CoreCacheTest {
    private static final List<String> FILES = List.of("libcore.rmeta", "core.o");
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path root;

    private final RecordingLog log = new RecordingLog();
    private final List<String> warnings = log.warnings;
    private final List<String> infos = log.infos;
    private final AtomicInteger builds = new AtomicInteger();

    private CoreCache cache() {
        return new CoreCache(root, log);
    }

    /** Writes the two files, with content naming the build. */
    private CoreCache.Builder writing(String content) {
        return dir -> {
            builds.incrementAndGet();
            Files.writeString(dir.resolve("libcore.rmeta"), "rmeta of " + content);
            Files.writeString(dir.resolve("core.o"), "object of " + content);
        };
    }

    private List<String> temporaries() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")).sorted().toList();
        }
    }

    @Test
    void buildsOnceThenReadsWithoutBuilding() throws Exception {
        Path dir = cache().entry("core-x-1", FILES, writing("first"));

        assertEquals(root.resolve("core-x-1"), dir);
        assertEquals("rmeta of first", Files.readString(dir.resolve("libcore.rmeta")));
        String marker = Files.readString(dir.resolve(CoreCache.MARKER));
        assertTrue(marker.contains(FileHash.sha256(dir.resolve("core.o")) + " 15 core.o\n"), marker);
        assertTrue(marker.contains(FileHash.sha256(dir.resolve("libcore.rmeta")) + " 14 libcore.rmeta\n"), marker);

        assertEquals(dir, cache().entry("core-x-1", FILES, writing("second")));
        assertEquals("rmeta of first", Files.readString(dir.resolve("libcore.rmeta")));
        assertEquals(1, builds.get());
        assertEquals(List.of(), temporaries());
        assertEquals(List.of(), warnings);
    }

    @Test
    void threadsRacingForOneEntryBuildItOnceAndAllUseIt() throws Exception {
        int n = 4;
        CyclicBarrier start = new CyclicBarrier(n);
        List<Thread> racers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    racers.add(Thread.currentThread());
                    return cache().entry("core-x-1", FILES, dir -> {
                        // finish only when every other racer is blocked on the lock: a real race
                        awaitBlocked(racers, n);
                        writing("the winner").build(dir);
                    });
                }));
            }
            for (Future<Path> r : results) {
                assertEquals(root.resolve("core-x-1"), r.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, builds.get());
        assertEquals(List.of(), temporaries());
        assertEquals(List.of(), warnings);
        assertEquals(n - 1, infos.stream().filter(m -> m.startsWith("Waiting for another build of core-x-1")).count(),
                infos.toString());
    }

    private static void awaitBlocked(List<Thread> racers, int n) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (racers.size() < n || racers.stream().filter(t -> t != Thread.currentThread())
                .anyMatch(t -> t.getState() != Thread.State.WAITING || !(LockSupport.getBlocker(t) != null
                        && LockSupport.getBlocker(t).getClass().getName().contains("ReentrantLock")))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the other racers never blocked on the lock");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aLockHeldByAnotherProcessMakesTheReaderWaitThenUseItsEntry() throws Exception {
        Path go = root.resolve("go");
        Path building = root.resolve("building");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CoreCacheChild.class.getName(), root.toString(), "core-x-1",
                building.toString(), go.toString()).inheritIO().start();
        try {
            awaitFile(building, child);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Path> reader = pool.submit(() -> cache().entry("core-x-1", FILES, writing("the reader")));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
                while (infos.stream().noneMatch(m -> m.startsWith("Waiting for another build of core-x-1"))) {
                    assertTrue(System.nanoTime() < deadline, "the reader never waited for the child's lock");
                    assertFalse(reader.isDone(), "the reader did not wait for the child: " + infos);
                    Thread.sleep(10);
                }
                Files.writeString(go, "");

                Path dir = reader.get(WAIT_SECONDS, TimeUnit.SECONDS);
                assertEquals("rmeta of the child", Files.readString(dir.resolve("libcore.rmeta")));
            } finally {
                pool.shutdownNow();
            }
            assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        } finally {
            child.destroyForcibly();
        }
        assertEquals(0, builds.get());
        assertEquals(List.of(), temporaries());
    }

    private static void awaitFile(Path file, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Files.exists(file)) {
            assertTrue(child.isAlive(), "the child ended before it built: exit " + (child.isAlive() ? 0
                    : child.exitValue()));
            assertTrue(System.nanoTime() < deadline, "the child never started building");
            Thread.sleep(10);
        }
    }

    @Test
    void aTruncatedFileIsRebuiltWithOneWarning() throws Exception {
        Path dir = cache().entry("core-x-1", FILES, writing("first"));
        Files.writeString(dir.resolve("libcore.rmeta"), "rme");

        assertEquals(dir, cache().entry("core-x-1", FILES, writing("second")));
        assertEquals(dir, cache().entry("core-x-1", FILES, writing("third")));

        assertEquals("rmeta of second", Files.readString(dir.resolve("libcore.rmeta")));
        assertEquals(2, builds.get());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(dir.toString()), warnings.get(0));
        assertTrue(warnings.get(0).contains("libcore.rmeta has 3 bytes, the marker says 14"), warnings.get(0));
        assertEquals(List.of(), temporaries());
    }

    @Test
    void aFileChangedInPlaceIsCaughtByItsHash() throws Exception {
        Path dir = cache().entry("core-x-1", FILES, writing("first"));
        Path object = dir.resolve("core.o");
        FileTime before = Files.getLastModifiedTime(object);
        Files.writeString(object, "object of tenth");
        // a later write: on a file system with coarse times it could have kept the old one
        Files.setLastModifiedTime(object, FileTime.fromMillis(before.toMillis() + 2000));

        cache().entry("core-x-1", FILES, writing("second"));

        assertEquals("object of second", Files.readString(object));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("core.o does not have the SHA-256 the marker records"), warnings.get(0));
    }

    @Test
    void anEntryWithoutItsMarkerIsRebuiltWithOneWarning() throws Exception {
        Path dir = Files.createDirectories(root.resolve("core-x-1"));
        Files.writeString(dir.resolve("libcore.rmeta"), "left by someone");
        Files.writeString(dir.resolve("core.o"), "left by someone");

        assertEquals(dir, cache().entry("core-x-1", FILES, writing("first")));

        assertEquals("rmeta of first", Files.readString(dir.resolve("libcore.rmeta")));
        assertTrue(Files.isRegularFile(dir.resolve(CoreCache.MARKER)));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("it has no complete marker"), warnings.get(0));
        assertEquals(List.of(), temporaries());
    }

    @Test
    void aMarkerThatDoesNotListANeededFileIsDamage() throws Exception {
        Path dir = cache().entry("core-x-1", List.of("core.o"), writing("first"));

        cache().entry("core-x-1", List.of("core.o", "libcore.rmeta", "extra.o"), dir2 -> {
            writing("second").build(dir2);
            Files.writeString(dir2.resolve("extra.o"), "extra");
        });

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("does not list extra.o"), warnings.get(0));
        assertTrue(Files.isRegularFile(dir.resolve("extra.o")));
    }

    @Test
    void leftoversOfDeadBuildsAreRemovedButNotThoseOfARunningBuildOrOfUnknownOwners() throws Exception {
        Path mine = Files.createDirectories(root.resolve("core-x-1.tmp-123"));
        Files.writeString(mine.resolve("core.o"), "half");
        Files.writeString(root.resolve("core-y-2.lock"), "");
        Path deadOther = Files.createDirectories(root.resolve("core-y-2.tmp-456"));
        Path unknown = Files.createDirectories(root.resolve("aarch64-unknown-none-0123.tmp-789"));
        CountDownLatch busyBuilding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Path> busy = pool.submit(() -> cache().entry("core-z-3", FILES, dir -> {
                busyBuilding.countDown();
                try {
                    assertTrue(release.await(WAIT_SECONDS, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                writing("busy").build(dir);
            }));
            assertTrue(busyBuilding.await(WAIT_SECONDS, TimeUnit.SECONDS));
            String busyTmp = temporaries().stream().filter(n -> n.startsWith("core-z-3.tmp-")).findFirst()
                    .orElseThrow();

            cache().entry("core-x-1", FILES, writing("mine"));

            assertFalse(Files.exists(mine));
            assertFalse(Files.exists(deadOther));
            assertTrue(Files.isDirectory(unknown), "a folder without a lock file may belong to an older plugin");
            assertEquals(List.of(unknown.getFileName().toString(), busyTmp), temporaries());
            release.countDown();
            busy.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertEquals(List.of(unknown.getFileName().toString()), temporaries());
    }

    @Test
    void aFailedBuildLeavesNothingAndTheNextBuildRuns() throws Exception {
        RuntimeException e = assertThrows(KernelRustException.class, () -> cache().entry("core-x-1", FILES, dir -> {
            Files.writeString(dir.resolve("core.o"), "half");
            throw new KernelRustException("rustc failed");
        }));

        assertEquals("rustc failed", e.getMessage());
        assertFalse(Files.exists(root.resolve("core-x-1")));
        assertEquals(List.of(), temporaries());
        assertEquals(root.resolve("core-x-1"), cache().entry("core-x-1", FILES, writing("second")));
        assertEquals(1, builds.get());
    }

    @Test
    void aBuilderThatForgetsAFileFailsAndPublishesNothing() {
        KernelRustException e = assertThrows(KernelRustException.class,
                () -> cache().entry("core-x-1", FILES, dir -> Files.writeString(dir.resolve("core.o"), "only")));

        assertTrue(e.getMessage().contains("did not write libcore.rmeta"), e.getMessage());
        assertFalse(Files.exists(root.resolve("core-x-1")));
    }

    @Test
    void aCompleteEntryPublishedMeanwhileWins() throws Exception {
        Path dir = cache().entry("core-x-1", FILES, tmp -> {
            // someone who took no lock publishes first
            Path theirs = Files.createDirectories(root.resolve("core-x-1.theirs"));
            writing("theirs").build(theirs);
            CoreCache.seal(theirs, FILES);
            Files.move(theirs, root.resolve("core-x-1"));
            writing("ours").build(tmp);
        });

        assertEquals("rmeta of theirs", Files.readString(dir.resolve("libcore.rmeta")));
        assertEquals(List.of(), temporaries());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFailureOfOneEntryLeavesAnotherIntact() throws Exception {
        Path core = cache().entry("core-x-1", FILES, writing("core"));
        assertThrows(KernelRustException.class, () -> cache().entry("compiler_builtins-x-1",
                List.of("libcompiler_builtins.rmeta"), dir -> {
                    throw new KernelRustException("the stub failed");
                }));

        assertEquals(core, cache().entry("core-x-1", FILES, writing("again")));
        assertEquals(1, builds.get());
        assertEquals("rmeta of core", Files.readString(core.resolve("libcore.rmeta"), StandardCharsets.UTF_8));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsNamedWithWhatToDo() throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "");

        KernelRustException e = assertThrows(KernelRustException.class,
                () -> new CoreCache(file, log).entry("core-x-1", FILES, writing("never")));

        assertTrue(e.getMessage().startsWith("Cannot build the core cache entry " + file.resolve("core-x-1")),
                e.getMessage());
        assertTrue(e.getMessage().contains("set kernelRust.coreCache to another folder"), e.getMessage());
        assertEquals(0, builds.get());
    }
}
