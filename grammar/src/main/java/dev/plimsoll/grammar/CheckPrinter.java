package dev.plimsoll.grammar;

import static dev.plimsoll.grammar.TermPrinter.*;

import dev.plimsoll.grammar.ast.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words after {@code expect}, and the http calls and saves shared with waits. */
final class CheckPrinter {
    private final StepPrinter steps;

    CheckPrinter(StepPrinter steps) {
        this.steps = steps;
    }

    String expectation(Expectation expectation) {
        if (expectation instanceof ExpectOutput output) {
            return stream(output.stream())
                    + (output.negated() ? " not " : " ")
                    + outputMatch(output.match())
                    + target(output.target())
                    + within(output.within());
        }
        if (expectation instanceof ExpectExit exit) {
            return "exit " + exit.code() + target(exit.target()) + within(exit.within());
        }
        if (expectation instanceof ExpectRunning running) {
            return "running after " + duration(running.after()) + target(running.target());
        }
        if (expectation instanceof ExpectProcess process) {
            return "process " + text(process.name()) + " runs as " + text(process.user()) + target(process.target());
        }
        if (expectation instanceof ExpectPortOpen port) {
            return "port " + port(port.port()) + " open" + target(port.target()) + within(port.within());
        }
        if (expectation instanceof ExpectHttp http) {
            List<String> entries = new ArrayList<>();
            http.assertions().forEach(a -> entries.add(assertion(a)));
            http.saves().forEach(s -> entries.add(save(s)));
            return http(http.request(), http.target(), http.within()) + steps.block(entries);
        }
        if (expectation instanceof ExpectCommand command) {
            return "command " + argv(command.argv()) + " exits " + command.exitCode() + target(command.target())
                    + within(command.within()) + steps.block(outputs(command.outputs(), command.saves()));
        }
        if (expectation instanceof ExpectFile file) {
            return "file " + text(file.path()) + ContractPrinter.properties(file.properties()) + target(file.target())
                    + within(file.within());
        }
        ExpectRun run = (ExpectRun) expectation;
        String settings =
                run.settings().stream().map(s -> " " + steps.setting(s)).collect(Collectors.joining());
        return "run " + ContractPrinter.subject(run.image()) + settings + " exits " + run.exitCode()
                + within(run.within()) + steps.block(outputs(run.outputs(), run.saves()));
    }

    private static List<String> outputs(List<OutputAssertion> outputs, List<SaveValue> saves) {
        List<String> entries = new ArrayList<>();
        outputs.forEach(o -> entries.add(stream(o.stream()) + (o.negated() ? " not " : " ") + outputMatch(o.match())));
        saves.forEach(s -> entries.add(save(s)));
        return entries;
    }

    static String save(SaveValue save) {
        ValueSource source = save.source();
        String from;
        if (source instanceof FromJson json) {
            from = "json " + text(json.path());
        } else if (source instanceof FromHeader header) {
            from = "header " + text(header.name());
        } else if (source instanceof FromBody) {
            from = "body";
        } else {
            from = stream(((FromStream) source).stream());
        }
        return "save " + from + " as " + save.name();
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

    static String http(HttpRequest request, Target target, Optional<Duration> within) {
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
        return out.append(target(target)).append(within(within)).toString();
    }

    static String assertion(HttpAssertion assertion) {
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
        return "json " + text(json.path()) + " " + jsonCheck(json.check());
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
}
