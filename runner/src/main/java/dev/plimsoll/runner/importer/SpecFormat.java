package dev.plimsoll.runner.importer;

/** The peers' spec formats that {@code plimsoll import} reads. */
public enum SpecFormat {
    CST("cst", "container-structure-test"),
    GOSS("goss", "goss");

    private final String word;
    private final String toolName;

    SpecFormat(String word, String toolName) {
        this.word = word;
        this.toolName = toolName;
    }

    /** As written on the command line. */
    public String word() {
        return word;
    }

    public String toolName() {
        return toolName;
    }
}
