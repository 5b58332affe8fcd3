package dev.plimsoll.runner;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT, SIGTERM and SIGHUP during {@code run}: the first one stops the run in order (its {@link Stop} removes
 * what the run made and reports what it has) and exits 130, 143 or 129, within {@link #DEADLINE} whatever happens;
 * a second one exits at once and says what may be left. A signal the process was started with ignored (a background
 * job of a non-interactive shell ignores SIGINT) stays ignored.
 */
@SuppressWarnings("removal") // sun.misc.Signal is the only way to see which signal came; it is in jdk.unsupported
final class InterruptHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptHandler.class);

    /** From the signal to the exit, at most; CI systems send SIGKILL after a grace period of 10 s or more. */
    static final Duration DEADLINE = Duration.ofSeconds(9);

    /** Stops the run after {@code signal} (e.g. {@code SIGINT}): cleans up, reports, returns the exit code. */
    interface Stop {
        int stop(String signal, int exitCode);
    }

    private final PrintWriter err;
    private final Stop stop;
    private final Supplier<List<String>> runIds;
    private final IntConsumer halt;
    private final Map<Signal, SignalHandler> previous = new HashMap<>();
    private @Nullable String first;
    private List<String> firstRuns = List.of();
    private boolean ended;

    InterruptHandler(PrintWriter err, Stop stop, Supplier<List<String>> runIds, IntConsumer halt) {
        this.err = err;
        this.stop = stop;
        this.runIds = runIds;
        this.halt = halt;
    }

    /** The conventional exit status after a signal: 128 + its number. */
    static int exitCode(String signal) {
        return switch (signal) {
            case "SIGHUP" -> 129;
            case "SIGINT" -> 130;
            case "SIGTERM" -> 143;
            default -> throw new IllegalArgumentException("not handled: " + signal);
        };
    }

    void install() {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            Signal signal = new Signal(name);
            try {
                SignalHandler old = Signal.handle(signal, caught -> handle("SIG" + caught.getName()));
                if (old == SignalHandler.SIG_IGN) {
                    Signal.handle(signal, SignalHandler.SIG_IGN); // ignored by whoever started us: keep it so
                } else {
                    previous.put(signal, old);
                }
            } catch (IllegalArgumentException unavailable) {
                LOG.debug("cannot handle SIG{} here: {}", name, unavailable.getMessage());
            }
        }
    }

    /**
     * The run ended: signals from now on do what they did before. When it ended because a signal stopped it, the
     * handler owns the exit: this waits for it (the deadline bounds the wait).
     */
    void uninstall() {
        synchronized (this) {
            while (first != null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            ended = true;
        }
        previous.forEach(Signal::handle);
        previous.clear();
    }

    /** What a signal does; called on a thread of its own. */
    void handle(String signal) {
        synchronized (this) {
            if (ended) return;
            if (first != null) {
                again(signal);
                return;
            }
            first = signal;
            firstRuns = runIds.get();
        }
        Thread watchdog = new Thread(() -> tooSlow(signal), "plimsoll-exit-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
        halt.accept(stop.stop(signal, exitCode(signal)));
    }

    private void again(String signal) {
        err.println("plimsoll: " + signal + " again: exiting at once, before the clean-up finished.");
        leftovers();
        halt.accept(exitCode(signal));
    }

    private void tooSlow(String signal) {
        try {
            Thread.sleep(DEADLINE.toMillis());
        } catch (InterruptedException e) {
            return;
        }
        err.println("plimsoll: the clean-up after " + signal + " took over " + DEADLINE.toSeconds() + "s; exiting.");
        leftovers();
        halt.accept(exitCode(signal));
    }

    private void leftovers() {
        for (String run : firstRuns) {
            err.println("Containers, networks or volumes of run " + run + " may be left; the reaper removes them"
                    + " within seconds, or remove them with: plimsoll clean --run " + run);
        }
        err.flush();
    }
}
