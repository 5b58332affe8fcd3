package dev.plimsoll.grammar;

import static dev.plimsoll.grammar.TermPrinter.*;

import dev.plimsoll.grammar.ast.*;
import java.util.List;
import java.util.stream.Collectors;

/** Steps in canonical form; blocks go inline for {@code describe} and for a single entry. */
final class StepPrinter {
    private final boolean inline;
    private final String indent;

    StepPrinter(boolean inline, String indent) {
        this.inline = inline;
        this.indent = indent;
    }

    String step(Step step) {
        if (step instanceof Setting setting) {
            return setting(setting);
        }
        if (step instanceof Action action) {
            return action(action);
        }
        return "expect " + expectation((Expectation) step);
    }

    String setting(Setting setting) {
        if (setting instanceof EnvSetting env) {
            return "env " + env.name() + " = " + text(env.value());
        }
        if (setting instanceof EnvUnset unset) {
            return "unset env " + unset.name();
        }
        if (setting instanceof Publish publish) {
            return "publish " + port(publish.port());
        }
        if (setting instanceof VolumeMount volume) {
            return "volume " + text(volume.volume()) + " at " + text(volume.path());
        }
        if (setting instanceof CommandSetting command) {
            return "command " + argv(command.argv());
        }
        if (setting instanceof UserSetting user) {
            return "user " + text(user.user());
        }
        return "entrypoint " + argv(((EntrypointSetting) setting).argv());
    }

    String action(Action action) {
        if (action instanceof WaitAction wait) {
            return "wait for " + waitTarget(wait);
        }
        if (action instanceof SendSignal signal) {
            return "signal " + signal.signal().name();
        }
        if (action instanceof Recreate) {
            return "recreate";
        }
        if (action instanceof Restart) {
            return "restart";
        }
        if (action instanceof StopService stop) {
            return "stop service " + stop.service();
        }
        return "start service " + ((StartService) action).service();
    }

    private String waitTarget(WaitAction wait) {
        if (wait instanceof WaitForLog log) {
            return stream(log.stream()) + " " + line(log.match()) + within(log.within());
        }
        if (wait instanceof WaitForHealthy healthy) {
            return "healthy" + within(healthy.within());
        }
        if (wait instanceof WaitForPort port) {
            return "port " + port(port.port()) + within(port.within());
        }
        WaitForHttp http = (WaitForHttp) wait;
        return http(http.request(), http.within())
                + block(http.until().stream().map(this::assertion).toList());
    }

    private String expectation(Expectation expectation) {
        if (expectation instanceof ExpectOutput output) {
            return stream(output.stream())
                    + (output.negated() ? " not " : " ")
                    + outputMatch(output.match())
                    + within(output.within());
        }
        if (expectation instanceof ExpectExit exit) {
            return "exit " + exit.code() + within(exit.within());
        }
        if (expectation instanceof ExpectRunning running) {
            return "running after " + duration(running.after());
        }
        if (expectation instanceof ExpectProcess process) {
            return "process " + text(process.name()) + " runs as " + text(process.user());
        }
        if (expectation instanceof ExpectPortOpen port) {
            return "port " + port(port.port()) + " open" + within(port.within());
        }
        if (expectation instanceof ExpectHttp http) {
            return http(http.request(), http.within())
                    + block(http.assertions().stream().map(this::assertion).toList());
        }
        ExpectCommand command = (ExpectCommand) expectation;
        List<String> outputs = command.outputs().stream()
                .map(o -> stream(o.stream()) + (o.negated() ? " not " : " ") + outputMatch(o.match()))
                .toList();
        return "command " + argv(command.argv()) + " exits " + command.exitCode() + within(command.within())
                + block(outputs);
    }

    private static String outputMatch(OutputMatch match) {
        if (match instanceof OutputContains contains) {
            return "contains " + text(contains.text());
        }
        if (match instanceof OutputMatches matches) {
            return "matches " + regex(matches.regex());
        }
        if (match instanceof OutputEquals equals) {
            return "equals " + text(equals.text());
        }
        if (match instanceof OutputEmpty) {
            return "empty";
        }
        return "lines in order "
                + ((LinesInOrder) match).lines().stream().map(TermPrinter::line).collect(Collectors.joining(", "));
    }

    private static String http(HttpRequest request, java.util.Optional<Duration> within) {
        StringBuilder out =
                new StringBuilder("http ").append(request.method()).append(' ').append(text(request.path()));
        request.port().ifPresent(port -> out.append(" port ").append(port));
        request.headers().forEach(h -> out.append(" header ")
                .append(text(h.name()))
                .append(" = ")
                .append(text(h.value())));
        request.body().ifPresent(body -> out.append(" body ").append(text(body)));
        if (request.followRedirects()) {
            out.append(" follow redirects");
        }
        return out.append(within(within)).toString();
    }

    private String assertion(HttpAssertion assertion) {
        if (assertion instanceof StatusIs status) {
            return "status " + status.status();
        }
        if (assertion instanceof HeaderIs header) {
            return "header " + text(header.name()) + " " + match(header.value(), "=");
        }
        if (assertion instanceof BodyIs body) {
            return "body " + match(body.match(), "=");
        }
        JsonAssertion json = (JsonAssertion) assertion;
        return "json " + text(Text.of(json.path(), json.span())) + " " + jsonCheck(json.check());
    }

    private static String jsonCheck(JsonCheck check) {
        if (check instanceof JsonExists) {
            return "exists";
        }
        if (check instanceof JsonMatches matches) {
            return "matches " + regex(matches.regex());
        }
        JsonValue value = ((JsonEquals) check).value();
        if (value instanceof JsonString string) {
            return "= " + text(string.text());
        }
        if (value instanceof JsonNumber number) {
            return "= " + number.value().toPlainString();
        }
        return "= " + (value instanceof JsonBoolean bool ? String.valueOf(bool.value()) : "null");
    }

    /** Nothing, {@code { a }} on the same line, or one entry per line. */
    String block(List<String> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        if (inline || entries.size() == 1) {
            return " { " + String.join("  ", entries) + " }";
        }
        String inner = indent + "  ";
        return entries.stream().map(e -> inner + e).collect(Collectors.joining("\n", " {\n", "\n" + indent + "}"));
    }
}
