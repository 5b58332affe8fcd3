package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Regex;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Every {@code /regex/} must compile as a Java regular expression. */
final class RegexRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (Regex regex : nodes.all(Regex.class)) {
            try {
                Pattern.compile(regex.pattern());
            } catch (PatternSyntaxException e) {
                report.accept(Diagnostic.error(
                        "bad regex /" + regex.pattern() + "/: " + lowercase(e.getDescription()), regex.span()));
            }
        }
    }

    static String lowercase(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
