package dev.plimsoll.grammar.validate;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.FromJson;
import dev.plimsoll.grammar.ast.JsonAssertion;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextPart;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.Visible;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code json "$.path"} and {@code save json "$.path"} must be a JSONPath the engine can evaluate. */
final class JsonPathRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (JsonAssertion json : nodes.all(JsonAssertion.class)) {
            check(json.path(), Lines.head(json.span()), report);
        }
        for (FromJson json : nodes.all(FromJson.class)) {
            check(json.path(), json.span(), report);
        }
    }

    private static void check(Text path, Span span, Consumer<Diagnostic> report) {
        if (!path.parts().isEmpty() && !(path.parts().get(0) instanceof Literal)) {
            report.accept(Diagnostic.error(
                    "a json path must start with $: a variable can stand for a value inside it, not for the path",
                    path.span(),
                    "write the path, e.g. \"$[?(@.id == ${NOTE_ID})].contents\""));
            return;
        }
        check(sample(path), span, report);
    }

    /**
     * The path with every {@code ${NAME}} as a number: its value is known only when the step runs (a saved id, a
     * matrix value), but the path around it must already be one the engine can read.
     */
    private static String sample(Text path) {
        StringBuilder sample = new StringBuilder();
        for (TextPart part : path.parts()) {
            sample.append(part instanceof Literal literal ? literal.value() : "0");
        }
        return sample.toString();
    }

    private static void check(String path, Span span, Consumer<Diagnostic> report) {
        String problem = problem(path);
        if (problem != null) {
            report.accept(Diagnostic.error(
                    "bad json path '" + Visible.of(path, 60) + "': " + problem,
                    span,
                    "paths start at $, e.g. \"$.status\" or \"$.items[0].name\""));
        }
    }

    private static @Nullable String problem(String path) {
        if (!path.startsWith("$")) {
            return "it must start with $";
        }
        String shape = Brackets.problem(path);
        if (shape != null) {
            return shape; // checked first: json-path accepts some of these, and recurses once per nesting level
        }
        try {
            JsonPath.compile(path);
            return null;
        } catch (InvalidPathException e) {
            return e.getMessage() == null
                    ? "it cannot be read"
                    : RegexRule.lowercase(e.getMessage().strip());
        } catch (RuntimeException | StackOverflowError e) {
            return "it cannot be read"; // json-path fails on some inputs with exceptions that explain nothing
        }
    }
}
