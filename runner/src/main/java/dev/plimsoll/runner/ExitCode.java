package dev.plimsoll.runner;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the process exit status tells a pipeline. Listed in every {@code --help} and in the README. */
enum ExitCode {
    OK(0, "every check held"),
    CHECK_FAILED(1, "a check failed"),
    USAGE(2, "usage error or invalid contracts"),
    DOCKER_UNAVAILABLE(3, "Docker unavailable"),
    NO_CONTRACTS(4, "no contracts found"),
    PUSH_FAILED(5, "a push to a registry failed (promote)");

    final int code;
    final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The exit code section of every {@code --help}. */
    static Map<String, String> helpSection() {
        Map<String, String> section = new LinkedHashMap<>();
        for (ExitCode exit : values()) {
            section.put(Integer.toString(exit.code), exit.meaning);
        }
        return section;
    }

    /** {@code run} also exits as a signal says. */
    static Map<String, String> runHelpSection() {
        Map<String, String> section = helpSection();
        section.put("130", "interrupted by SIGINT (SIGTERM: 143, SIGHUP: 129)");
        return section;
    }
}
