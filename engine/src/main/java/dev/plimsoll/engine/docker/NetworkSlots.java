package dev.plimsoll.engine.docker;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Keeps a run's networks within what an engine can allocate. A default engine has about 30 address pools for
 * bridge networks, shared by everyone who uses it: a run holds at most {@link #AT_ONCE} networks at a time, and
 * when the engine has no pool left it waits for one instead of failing the scenario.
 */
final class NetworkSlots {

    /** Well under the ~30 pools of a default engine, which other runs and users share. */
    static final int AT_ONCE = 10;

    /** How long a scenario waits for one of this run's slots, or for the engine to free a pool. */
    static final Duration SLOT_WAIT = Duration.ofMinutes(5);

    static final Duration POOL_WAIT = Duration.ofMinutes(2);

    private static final String EXHAUSTED = "could not find an available, non-overlapping ipv4 address pool";

    private final EngineWatch watch;
    private final int size;
    private final Semaphore slots;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final LongConsumer sleeper;
    private final LongSupplier clock;

    NetworkSlots(EngineWatch watch, int size) {
        this(watch, size, NetworkSlots::sleep, System::nanoTime);
    }

    /** For tests: {@code sleeper} pauses for the milliseconds given, {@code clock} reads nanoseconds. */
    NetworkSlots(EngineWatch watch, int size, LongConsumer sleeper, LongSupplier clock) {
        this.watch = watch;
        this.size = size;
        this.slots = new Semaphore(size, true);
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Takes a slot for {@code name}; waits while this run holds {@link #AT_ONCE} networks. */
    void acquire(String name) {
        long end = System.nanoTime() + SLOT_WAIT.toNanos();
        try {
            while (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
                watch.requireAlive();
                if (System.nanoTime() > end) {
                    throw new DockerOperationException("docker could not create network " + name + ": this run held "
                            + size + " networks for " + SLOT_WAIT.toMinutes() + "m and removed none");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting to create network " + name, e);
        }
        held.add(name);
    }

    /** Gives the slot of {@code name} back, if this run holds one for it. */
    void release(String name) {
        if (held.remove(name)) {
            slots.release();
        }
    }

    /** Runs {@code create} again, with growing pauses, while the engine says its address pools are exhausted. */
    void retryWhileExhausted(String name, Runnable create) {
        long start = clock.getAsLong();
        long pause = 250;
        while (true) {
            try {
                create.run();
                return;
            } catch (DockerOperationException e) {
                if (!exhausted(e)) {
                    throw e;
                }
                if (clock.getAsLong() - start > POOL_WAIT.toNanos()) {
                    throw new DockerOperationException(
                            "docker could not create network " + name + ": the engine had no free address pool for "
                                    + POOL_WAIT.toMinutes() + "m (too many networks on it; 'docker network prune'"
                                    + " removes unused ones)",
                            e);
                }
            }
            sleeper.accept(pause);
            watch.requireAlive();
            pause = Math.min(pause * 2, 4000);
        }
    }

    static boolean exhausted(Throwable error) {
        for (Throwable at = error; at != null; at = at.getCause()) {
            if (at.getMessage() != null
                    && at.getMessage().toLowerCase(java.util.Locale.ROOT).contains(EXHAUSTED)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for a free address pool", e);
        }
    }
}
