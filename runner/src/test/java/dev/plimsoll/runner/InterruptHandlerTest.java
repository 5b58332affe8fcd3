package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The handler's decisions, with a stand-in for the clean-up and for halting the JVM; no signal is sent. */
class InterruptHandlerTest {

    private final StringWriter err = new StringWriter();
    private final List<String> events = new ArrayList<>();

    @Test
    void eachSignalExitsWithItsConventionalCode() {
        assertThat(InterruptHandler.exitCode("SIGINT")).isEqualTo(130);
        assertThat(InterruptHandler.exitCode("SIGTERM")).isEqualTo(143);
        assertThat(InterruptHandler.exitCode("SIGHUP")).isEqualTo(129);
    }

    @Test
    void theFirstSignalStopsTheRunAndExitsWithWhatTheStopReturns() {
        InterruptHandler handler = new InterruptHandler(
                new PrintWriter(err, true),
                (signal, code) -> {
                    events.add("stop " + signal + " " + code);
                    return code;
                },
                () -> List.of("run-1"),
                code -> events.add("halt " + code));

        handler.handle("SIGTERM");

        assertThat(events).containsExactly("stop SIGTERM 143", "halt 143");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aSecondSignalDuringTheStopExitsAtOnceAndNamesTheCleanCommand() throws Exception {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<Integer> halts = new ArrayList<>();
        InterruptHandler handler = new InterruptHandler(
                new PrintWriter(err, true),
                (signal, code) -> {
                    stopping.countDown();
                    try {
                        never.await(); // a clean-up that hangs
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return code;
                },
                () -> List.of("run-1"),
                code -> {
                    synchronized (halts) {
                        halts.add(code);
                    }
                });
        Thread first = new Thread(() -> handler.handle("SIGINT"));
        first.setDaemon(true);
        first.start();
        assertThat(stopping.await(10, TimeUnit.SECONDS)).isTrue();

        handler.handle("SIGINT");

        synchronized (halts) {
            assertThat(halts).containsExactly(130);
        }
        assertThat(err.toString())
                .isEqualTo("plimsoll: SIGINT again: exiting at once, before the clean-up finished.\n"
                        + "Containers, networks or volumes of run run-1 may be left; the reaper removes them within"
                        + " seconds, or remove them with: plimsoll clean --run run-1\n");
    }

    @Test
    void aSignalAfterTheRunEndedIsNotHandled() {
        InterruptHandler handler = new InterruptHandler(
                new PrintWriter(err, true),
                (signal, code) -> {
                    events.add("stop");
                    return code;
                },
                List::of,
                code -> events.add("halt " + code));

        handler.uninstall();
        handler.handle("SIGINT");

        assertThat(events).isEmpty();
    }
}
