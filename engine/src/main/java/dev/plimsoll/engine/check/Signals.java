package dev.plimsoll.engine.check;

import java.util.List;
import java.util.Locale;

/** Linux signal names: images may write {@code STOPSIGNAL 15}, {@code TERM} or {@code SIGTERM}. */
final class Signals {

    /** Docker stops a container with this when the image names none. */
    static final String DEFAULT_STOP = "SIGTERM";

    // index = signal number on Linux (x86 and arm)
    private static final List<String> NAMES = List.of(
            "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
            "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM",
            "PROF", "WINCH", "IO", "PWR", "SYS");

    private Signals() {}

    /** {@code SIGTERM} for "15", "term", "TERM" and "SIGTERM"; anything unknown is returned upper-cased. */
    static String canonical(String signal) {
        String name = signal.trim().toUpperCase(Locale.ROOT);
        if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
            int number = Integer.parseInt(name);
            return number > 0 && number < NAMES.size() ? "SIG" + NAMES.get(number) : name;
        }
        return name.startsWith("SIG") ? name : "SIG" + name;
    }
}
