package io.github.kernelrust.core.process;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The mark a started tool carries in its environment, as {@code KERNEL_RUST_RUN=VALUE}, and hands
 * down to every process it starts. The tool's children keep it after they are re-parented, when
 * {@link ProcessHandle#descendants()} no longer sees them, so the plugin finds them all in
 * {@code /proc/PID/environ} (as Jenkins' ProcessTreeKiller does). The value names the JVM that owns
 * the run (its pid and start time), so a later build can tell that the owner is gone.
 */
record RunCookie(long ownerPid, long ownerStartMillis, UUID id) {

    /** The environment variable; not part of {@link Command#env()}, so no up-to-date record holds it. */
    static final String VARIABLE = "KERNEL_RUST_RUN";

    /** How far apart two readings of one process's start time may be (the kernel counts in ticks). */
    private static final long START_TOLERANCE_MILLIS = Duration.ofSeconds(1).toMillis();

    private static final long SELF_PID = ProcessHandle.current().pid();
    /** 0 when unknown. */
    private static final long SELF_START = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli())
            .orElse(0L);

    /** A fresh cookie owned by this JVM. */
    static RunCookie create() {
        return new RunCookie(SELF_PID, SELF_START, UUID.randomUUID());
    }

    /** {@code PID-STARTMILLIS-UUID}: safe as a file name and in an environment. */
    String value() {
        return ownerPid + "-" + ownerStartMillis + "-" + id;
    }

    /** The cookie a {@link #value()} describes, or empty for anything else. */
    static Optional<RunCookie> parse(String value) {
        String[] parts = value.split("-", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunCookie(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    UUID.fromString(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the JVM that owns this run still runs. A pid now held by a process that started at
     * another time is a reused pid: the owner is gone. When either start time is unknown the owner
     * counts as alive, since killing a live build's tools is the worse mistake.
     */
    boolean ownerAlive() {
        Optional<ProcessHandle> owner = ProcessHandle.of(ownerPid);
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return false;
        }
        Optional<Long> start = owner.get().info().startInstant().map(i -> i.toEpochMilli());
        return ownerStartMillis == 0 || start.isEmpty()
                || Math.abs(start.get() - ownerStartMillis) <= START_TOLERANCE_MILLIS;
    }
}
