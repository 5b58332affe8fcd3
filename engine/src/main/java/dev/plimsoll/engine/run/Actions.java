package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.check.TextMatchers;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.engine.docker.DockerOperationException;
import dev.plimsoll.engine.docker.LineAwait;
import dev.plimsoll.grammar.ast.Action;
import dev.plimsoll.grammar.ast.Recreate;
import dev.plimsoll.grammar.ast.Restart;
import dev.plimsoll.grammar.ast.SendSignal;
import dev.plimsoll.grammar.ast.StartService;
import dev.plimsoll.grammar.ast.StopService;
import dev.plimsoll.grammar.ast.WaitAction;
import dev.plimsoll.grammar.ast.WaitForHealthy;
import dev.plimsoll.grammar.ast.WaitForHttp;
import dev.plimsoll.grammar.ast.WaitForLog;
import dev.plimsoll.grammar.ast.WaitForPort;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the action lines of a scenario do: wait, signal, recreate, restart, stop and start services. */
final class Actions {
    private final ScenarioRun run;
    private final StepRunner steps;

    Actions(ScenarioRun run, StepRunner steps) {
        this.run = run;
        this.steps = steps;
    }

    /** A Docker error of an action (signal to a stopped container) fails it at its line, like a missed wait. */
    void run(Action action) {
        try {
            act(action);
        } catch (DockerOperationException e) {
            steps.require(action, action.describe(), List.of(e.getMessage()));
        }
    }

    private void act(Action action) {
        if (action instanceof WaitAction wait) {
            waitFor(wait, run.subjectId(), "the container");
        } else if (action instanceof SendSignal signal) {
            run.docker().kill(run.subjectId(), signal.signal().name());
        } else if (action instanceof Recreate) {
            run.recreate();
        } else if (action instanceof Restart) {
            run.docker().restart(run.subjectId(), run.deadlines().exitScaled());
        } else if (action instanceof StopService stop) {
            run.docker().stop(run.serviceId(stop.service()), run.deadlines().exitScaled());
        } else if (action instanceof StartService start) {
            run.startService(start.service());
        }
    }

    void waitFor(WaitAction wait, String containerId, String owner) {
        Duration deadline = steps.deadline(wait.within(), run.deadlines().waitScaled());
        if (wait instanceof WaitForLog log) {
            steps.require(wait, wait.describe(), waitForLog(log, containerId, owner, deadline), containerId);
            return;
        }
        if (wait instanceof WaitForHealthy) {
            steps.require(wait, wait.describe(), health(containerId, owner, deadline), containerId);
            return;
        }
        List<String> mismatches = Eventually.hold(deadline, poll(wait, containerId));
        if (!mismatches.isEmpty()) {
            mismatches = List.of(mismatches.get(0) + " (gave up after " + Deadlines.describe(deadline) + ")");
        }
        steps.require(wait, wait.describe(), mismatches, containerId);
    }

    /** One look at what a wait for a port or for HTTP waits for: neither has an event to wait on. */
    private Supplier<List<String>> poll(WaitAction wait, String containerId) {
        if (wait instanceof WaitForPort port) {
            String key = ContainerSpecs.portKey(port.port());
            return () -> steps.portOpen(containerId, key);
        }
        WaitForHttp http = (WaitForHttp) wait;
        return () -> steps.http(containerId, http.request(), http.until());
    }

    private List<String> waitForLog(WaitForLog wait, String containerId, String owner, Duration deadline) {
        ContainerLog log = run.docker().log(containerId).orElseThrow();
        LineAwait result = log.awaitLine(
                StepRunner.stream(wait.stream()), TextMatchers.linePredicate(wait.match(), run.variables()), deadline);
        String wanted = TextMatchers.phrase(wait.match(), run.variables());
        if (result instanceof LineAwait.Exited exited) {
            return List.of(owner + " exited with code " + exited.exitCode() + " before a line of " + streamName(wait)
                    + " " + wanted);
        }
        if (result instanceof LineAwait.TimedOut) {
            return List.of("no line of " + streamName(wait) + " " + wanted + " within " + Deadlines.describe(deadline));
        }
        return List.of();
    }

    private static String streamName(WaitForLog wait) {
        return wait.stream().name().toLowerCase(Locale.ROOT);
    }

    private List<String> health(String containerId, String owner, Duration deadline) {
        ContainerState state = run.docker().awaitHealthy(containerId, deadline);
        if (state.health() == ContainerState.Health.NONE) {
            return List.of("the image has no HEALTHCHECK");
        }
        if (!state.running()) {
            return List.of(owner + " is not running (" + state.status() + ")");
        }
        return state.health() == ContainerState.Health.HEALTHY
                ? List.of()
                : List.of("health is " + state.health().name().toLowerCase(Locale.ROOT) + " (gave up after "
                        + Deadlines.describe(deadline) + ")");
    }
}
