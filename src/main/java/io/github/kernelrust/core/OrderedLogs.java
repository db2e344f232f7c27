package io.github.kernelrust.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The logs of parts of a build that run at once (the targets of a module), written to one log in
 * the parts' order, each part's lines together: the first part not yet ended writes through as it
 * goes, the later ones are held until every part before them has ended.
 */
public final class OrderedLogs {
    private final BuildLog out;
    private final List<List<Consumer<BuildLog>>> held = new ArrayList<>();
    private final boolean[] ended;
    /** The part that writes through: every part before it has ended. */
    private int live;
    /** After {@link #endAll}: every part writes through. */
    private boolean allLive;

    public OrderedLogs(BuildLog out, int parts) {
        this.out = out;
        this.ended = new boolean[parts];
        for (int i = 0; i < parts; i++) {
            held.add(new ArrayList<>());
        }
    }

    /** The log of part {@code i}. */
    public BuildLog part(int i) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                write(i, l -> l.info(message));
            }

            @Override
            public void warn(String message) {
                write(i, l -> l.warn(message));
            }

            @Override
            public void debug(String message) {
                write(i, l -> l.debug(message));
            }
        };
    }

    private synchronized void write(int part, Consumer<BuildLog> line) {
        if (part == live || allLive) {
            line.accept(out);
        } else {
            held.get(part).add(line);
        }
    }

    /** Part {@code i} has ended: what the parts after it held is written once its turn comes. */
    public synchronized void end(int i) {
        ended[i] = true;
        while (live < ended.length && ended[live]) {
            live++;
            if (live < ended.length) {
                held.get(live).forEach(l -> l.accept(out));
                held.get(live).clear();
            }
        }
    }

    /** Writes what every part still holds, in order (after a failure, parts that never ended included). */
    public synchronized void endAll() {
        for (int i = live; i < ended.length; i++) {
            held.get(i).forEach(l -> l.accept(out));
            held.get(i).clear();
        }
        live = ended.length;
        allLive = true;
    }
}
