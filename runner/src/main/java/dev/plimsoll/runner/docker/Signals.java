package dev.plimsoll.runner.docker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Signal names as contracts write them: images may say {@code STOPSIGNAL 15}, {@code TERM} or {@code SIGTERM}. */
public final class Signals {

    // index = signal number on Linux (x86 and arm)
    private static final List<String> NAMES = List.of(
            "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
            "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM",
            "PROF", "WINCH", "IO", "PWR", "SYS");

    private Signals() {}

    /** The signal Docker stops the image with: its {@code STOPSIGNAL}, else {@code SIGTERM}. */
    public static String stopSignal(Optional<String> imageStopSignal) {
        return imageStopSignal.filter(s -> !s.isBlank()).map(Signals::canonical).orElse("SIGTERM");
    }

    /** {@code SIGTERM} for "15", "term", "TERM" and "SIGTERM"; an unknown number is returned as is. */
    public static String canonical(String signal) {
        String name = signal.trim().toUpperCase(Locale.ROOT);
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(name);
            return number > 0 && number < NAMES.size() ? "SIG" + NAMES.get(number) : name;
        }
        return name.startsWith("SIG") ? name : "SIG" + name;
    }
}
