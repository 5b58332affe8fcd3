package dev.plimsoll.engine.docker;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Stops a run from creating anything once it is interrupted. Creations in flight are counted, so the interruption
 * can wait for them (briefly) and then find what they made: an object created after the listing would be left.
 */
final class RunGate {

    private boolean closed;
    private int inFlight;
    private Runnable beforeFirstCreation = () -> {};
    private boolean createdAny;

    /**
     * Runs {@code action} once, just before the first creation: a run that creates nothing (image facts only) need
     * not pay for what guards created objects.
     */
    synchronized void beforeFirstCreation(Runnable action) {
        beforeFirstCreation = action;
    }

    /** Runs a call that creates an object, unless the gate is closed. */
    <T> T create(String what, Supplier<T> call) {
        enter(what);
        try {
            return call.get();
        } finally {
            synchronized (this) {
                inFlight--;
                notifyAll();
            }
        }
    }

    /** Refuses a call that would start or build something once the gate is closed. */
    synchronized void check(String what) {
        if (closed) throw refused(what);
    }

    private synchronized void enter(String what) {
        if (closed) throw refused(what);
        if (!createdAny) {
            createdAny = true;
            beforeFirstCreation.run();
        }
        inFlight++;
    }

    /** Closes the gate and waits up to {@code drain} for creations in flight; true when none is left. */
    synchronized boolean close(Duration drain) {
        closed = true;
        long end = System.nanoTime() + drain.toNanos();
        while (inFlight > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static DockerOperationException refused(String what) {
        return new DockerOperationException("the run was interrupted: did not " + what);
    }
}
