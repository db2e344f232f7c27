package io.github.kernelrust.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link BuildLog} that keeps what it is told at INFO and WARN (safe across threads), for tests. */
public final class RecordingLog implements BuildLog {
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void debug(String message) {
    }
}
