package dev.plimsoll.runner.report;

/** ANSI colours on a terminal, plain text everywhere else. */
public enum Style {
    ANSI,
    PLAIN;

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return this == ANSI ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
