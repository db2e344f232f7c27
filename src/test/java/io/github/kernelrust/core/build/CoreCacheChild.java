package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Another process building a cache entry, for {@link CoreCacheTest}: {@code ROOT NAME BUILDING GO}
 * builds {@code NAME}, creating {@code BUILDING} once it holds the lock, and finishes when
 * {@code GO} exists.
 */
public final class CoreCacheChild {
    private CoreCacheChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path building = Path.of(args[2]);
        Path go = Path.of(args[3]);
        new CoreCache(root, BuildLog.SILENT).entry(args[1], List.of("libcore.rmeta", "core.o"), dir -> {
            Files.writeString(building, "");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!Files.exists(go)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("never told to finish");
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            Files.writeString(dir.resolve("libcore.rmeta"), "rmeta of the child");
            Files.writeString(dir.resolve("core.o"), "object of the child");
        });
    }
}
