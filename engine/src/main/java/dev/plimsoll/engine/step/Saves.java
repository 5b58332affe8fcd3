package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.HttpExchange;
import dev.plimsoll.engine.check.JsonValues;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.FromBody;
import dev.plimsoll.grammar.ast.FromHeader;
import dev.plimsoll.grammar.ast.FromJson;
import dev.plimsoll.grammar.ast.FromStream;
import dev.plimsoll.grammar.ast.SaveValue;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.ValueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code save ... as NAME}: takes values from a step that held and keeps them for the steps after it. A value that
 * is not there fails the step: a later {@code ${NAME}} must never read an empty string by accident.
 */
final class Saves {
    private Saves() {}

    /** Saves from an HTTP response; the mismatches of the values that could not be taken. */
    static List<String> fromResponse(List<SaveValue> saves, HttpExchange response, StepContext context) {
        return save(saves, context, source -> fromResponse(source, response, context));
    }

    /** Saves from a command's or a client's output. */
    static List<String> fromOutput(List<SaveValue> saves, String stdout, String stderr, StepContext context) {
        return save(saves, context, source -> fromOutput(source, stdout, stderr));
    }

    private interface Extractor {
        Taken take(ValueSource source);
    }

    private record Taken(Optional<String> value, String problem) {
        static Taken of(String value) {
            return new Taken(Optional.of(value), "");
        }

        static Taken missing(String problem) {
            return new Taken(Optional.empty(), problem);
        }
    }

    private static List<String> save(List<SaveValue> saves, StepContext context, Extractor extractor) {
        List<String> problems = new ArrayList<>();
        for (SaveValue save : saves) {
            Taken taken = extractor.take(save.source());
            if (taken.value().isPresent()) {
                context.save(save.name(), taken.value().get());
            } else {
                problems.add("save as " + save.name() + ": " + taken.problem());
            }
        }
        return problems;
    }

    private static Taken fromResponse(ValueSource source, HttpExchange response, StepContext context) {
        if (source instanceof FromJson json) {
            JsonValues.Read read =
                    JsonValues.read(response.body(), new Resolver(context.variables()).text(json.path()));
            return read.value().map(Taken::of).orElseGet(() -> Taken.missing(read.problem()));
        }
        if (source instanceof FromHeader header) {
            String name = new Resolver(context.variables()).text(header.name());
            List<String> values = response.headers().getOrDefault(name, List.of());
            return values.isEmpty()
                    ? Taken.missing("the response has no header '" + name + "'")
                    : Taken.of(values.get(0));
        }
        if (source instanceof FromBody) {
            return Taken.of(response.body());
        }
        throw new IllegalStateException("a response has no " + source.getClass().getSimpleName());
    }

    private static Taken fromOutput(ValueSource source, String stdout, String stderr) {
        if (source instanceof FromStream stream && stream.stream() != Stream.LOG) {
            return Taken.of(stripNewline(stream.stream() == Stream.STDOUT ? stdout : stderr));
        }
        throw new IllegalStateException(
                "a command's output has no " + source.getClass().getSimpleName());
    }

    private static String stripNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1)) : text;
    }
}
