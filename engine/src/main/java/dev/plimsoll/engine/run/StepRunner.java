package dev.plimsoll.engine.run;

import dev.plimsoll.engine.check.HttpCall;
import dev.plimsoll.engine.check.HttpCallException;
import dev.plimsoll.engine.check.HttpChecks;
import dev.plimsoll.engine.check.HttpExchange;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.grammar.ast.Action;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.Expectation;
import dev.plimsoll.grammar.ast.HttpAssertion;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Node;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.WaitAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one step of a scenario against its containers: actions in {@link Actions}, checks in {@link Checks}. */
final class StepRunner {
    private final ScenarioRun run;
    private final Actions actions;
    private final Checks checks;
    private final HttpCall httpCall;

    StepRunner(ScenarioRun run) {
        this.run = run;
        this.actions = new Actions(run, this);
        this.checks = new Checks(run, this);
        this.httpCall = new HttpCall(run.deadlines().httpScaled());
    }

    void run(Step step) {
        if (step instanceof Action action) {
            actions.run(action);
        } else if (step instanceof Expectation expectation) {
            checks.run(expectation);
        }
    }

    /** A service's own {@code wait for}, against that service's container. */
    void waitFor(WaitAction wait, String containerId, String owner) {
        actions.waitFor(wait, containerId, owner);
    }

    /** Fails {@code step} with these mismatches, and the subject's log tail, unless there are none. */
    void require(Node step, String description, List<String> mismatches) {
        require(step, description, mismatches, run.subjectId());
    }

    /** Fails {@code step} with these mismatches and the log tail of {@code containerId}, unless there are none. */
    void require(Node step, String description, List<String> mismatches, String containerId) {
        if (!mismatches.isEmpty()) {
            throw StepFailure.of(description, step, run.contract().location(), mismatches, run.logTail(containerId));
        }
    }

    java.time.Duration deadline(Optional<Duration> within, java.time.Duration fallback) {
        return within.map(ContractRun::toJava).map(run.deadlines()::scaled).orElse(fallback);
    }

    /** A check's own {@code within}, else the file's {@code expect within} (zero: tried once). */
    java.time.Duration checkDeadline(Optional<Duration> within) {
        return deadline(within, run.deadlines().expectScaled());
    }

    static ContainerLog.Stream stream(Stream stream) {
        return ContainerLog.Stream.valueOf(stream.name());
    }

    /** One HTTP exchange with a container and its mismatches; a request that gets no answer is one mismatch. */
    List<String> http(String containerId, HttpRequest request, List<HttpAssertion> assertions) {
        Map<String, Integer> published = run.docker().publishedPorts(containerId);
        Optional<Integer> containerPort = request.port().isPresent() ? request.port() : onlyTcpPort(published);
        if (containerPort.isEmpty()) {
            return List.of("no port given and the container publishes " + published.keySet()
                    + ": add 'port N' to the request");
        }
        Integer hostPort = published.get(containerPort.get() + "/tcp");
        if (hostPort == null) {
            return List.of("port " + containerPort.get() + " is not published: add 'publish " + containerPort.get()
                    + "' to the scenario or EXPOSE it in the image");
        }
        try {
            HttpExchange exchange = httpCall.call(request, hostPort, containerPort.get(), run.variables());
            return HttpChecks.mismatches(assertions, exchange, run.variables());
        } catch (HttpCallException e) {
            return new ArrayList<>(List.of(e.getMessage()));
        }
    }

    private static Optional<Integer> onlyTcpPort(Map<String, Integer> published) {
        List<Integer> tcp = published.keySet().stream()
                .filter(key -> key.endsWith("/tcp"))
                .map(key -> Integer.parseInt(key.substring(0, key.indexOf('/'))))
                .toList();
        return tcp.size() == 1 ? Optional.of(tcp.get(0)) : Optional.empty();
    }

    /** Empty when something listens behind the published {@code portKey} ({@code 9000/tcp}) of a container. */
    List<String> portOpen(String containerId, String portKey) {
        Integer hostPort = run.docker().publishedPorts(containerId).get(portKey);
        if (hostPort == null) {
            return List.of("port " + portKey + " is not published: add 'publish' to the scenario or EXPOSE it");
        }
        return PortProbe.isOpen(hostPort)
                ? List.of()
                : List.of("nothing listens on port " + portKey + " (published on 127.0.0.1:" + hostPort + ")");
    }
}
