package dev.plimsoll.grammar.diag;

/** How bad a diagnostic is; only errors stop a contract from running. */
public enum Severity {
    ERROR,
    WARNING;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
