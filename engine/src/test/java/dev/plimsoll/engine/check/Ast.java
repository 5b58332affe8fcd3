package dev.plimsoll.engine.check;

import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Empty;
import dev.plimsoll.grammar.ast.Equals;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Matches;
import dev.plimsoll.grammar.ast.Regex;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.VariableRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** AST nodes for tests, built in code with {@link Span#NONE}. */
final class Ast {

    private Ast() {}

    static Text text(String value) {
        return Text.of(value, Span.NONE);
    }

    static Text variable(String name) {
        return new Text(List.of(new VariableRef(name, Optional.empty())), Span.NONE);
    }

    static Text prefixed(String prefix, String variable) {
        return new Text(List.of(new Literal(prefix), new VariableRef(variable, Optional.empty())), Span.NONE);
    }

    static List<Text> texts(String... values) {
        return Arrays.stream(values).map(Ast::text).toList();
    }

    static Contains contains(String value) {
        return new Contains(text(value), Span.NONE);
    }

    static Equals equalTo(String value) {
        return new Equals(text(value), Span.NONE);
    }

    static Matches matches(String pattern) {
        return new Matches(regex(pattern), Span.NONE);
    }

    static Empty empty() {
        return new Empty(Span.NONE);
    }

    static Regex regex(String pattern) {
        return new Regex(pattern, Span.NONE);
    }
}
