package dev.plimsoll.engine.plan;

/** One resolved assertion on an HTTP response: {@code status}, {@code header}, {@code body} or {@code json}. */
public sealed interface ResponseCheck {

    record Status(int status) implements ResponseCheck {}

    record Header(String name, ExpectedText value) implements ResponseCheck {}

    record Body(ExpectedText expected) implements ResponseCheck {}

    /** {@code json "$.path" ...} with the path resolved, since a saved value may pick the element. */
    record Json(String path, ExpectedJson expected) implements ResponseCheck {}
}
