package dev.plimsoll.runner.report;

import java.util.Optional;

/** How a throwable is shown to people: its message, or its type when it has none. */
public final class Messages {

    private Messages() {}

    public static String of(Throwable throwable) {
        String message = throwable.getMessage();
        return message == null || message.isBlank() ? throwable.getClass().getName() : message;
    }

    public static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).stripTrailing();
    }

    /** The throwable, or one of its causes, whose class has this simple name. */
    public static Optional<Throwable> causeNamed(Throwable throwable, String simpleName) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
