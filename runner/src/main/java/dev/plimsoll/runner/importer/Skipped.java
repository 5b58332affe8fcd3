package dev.plimsoll.runner.importer;

/** A key of the spec file that has no exact equivalent: written as a comment and listed in the summary. */
public record Skipped(String key, int line, String reason) {
    String comment() {
        return "# not imported: " + key + " (line " + line + "): " + reason.replace('\n', ' ');
    }
}
