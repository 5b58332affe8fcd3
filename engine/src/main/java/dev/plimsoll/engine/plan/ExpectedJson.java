package dev.plimsoll.engine.plan;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What the value at a JSONPath must be: there at all, matching a regex, or equal to a literal. */
public sealed interface ExpectedJson {

    record Exists() implements ExpectedJson {}

    record Matching(Pattern pattern) implements ExpectedJson {}

    record EqualTo(Literal value) implements ExpectedJson {}

    /** A JSON literal, its string resolved. */
    sealed interface Literal {}

    record StringValue(String text) implements Literal {}

    record NumberValue(BigDecimal value) implements Literal {}

    record BooleanValue(boolean value) implements Literal {}

    record NullValue() implements Literal {}
}
