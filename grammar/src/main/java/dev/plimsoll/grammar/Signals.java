package dev.plimsoll.grammar;

import java.util.List;
import java.util.Optional;

/**
 * The Linux signal names, in signal-number order (1..31), plus the real-time bounds: what contracts may name, and
 * how the other spellings images use ({@code STOPSIGNAL 15}, {@code TERM}) read as a contract name.
 */
public final class Signals {
    /** Docker stops a container with this when the image names no {@code STOPSIGNAL}. */
    public static final String DEFAULT_STOP = "SIGTERM";

    static final List<String> NUMBERED = List.of(
            "SIGHUP",
            "SIGINT",
            "SIGQUIT",
            "SIGILL",
            "SIGTRAP",
            "SIGABRT",
            "SIGBUS",
            "SIGFPE",
            "SIGKILL",
            "SIGUSR1",
            "SIGSEGV",
            "SIGUSR2",
            "SIGPIPE",
            "SIGALRM",
            "SIGTERM",
            "SIGSTKFLT",
            "SIGCHLD",
            "SIGCONT",
            "SIGSTOP",
            "SIGTSTP",
            "SIGTTIN",
            "SIGTTOU",
            "SIGURG",
            "SIGXCPU",
            "SIGXFSZ",
            "SIGVTALRM",
            "SIGPROF",
            "SIGWINCH",
            "SIGIO",
            "SIGPWR",
            "SIGSYS");
    private static final List<String> ALIASES = List.of("SIGIOT", "SIGPOLL", "SIGRTMIN", "SIGRTMAX");

    private Signals() {}

    public static boolean isKnown(String name) {
        return NUMBERED.contains(name) || ALIASES.contains(name);
    }

    /** What the writer probably meant by an unknown name or a number. */
    public static Optional<String> suggestion(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(written.length() > 3 ? "0" : written);
            return number >= 1 && number <= NUMBERED.size() ? Optional.of(NUMBERED.get(number - 1)) : Optional.empty();
        }
        String upper = written.toUpperCase(java.util.Locale.ROOT);
        String prefixed = upper.startsWith("SIG") ? upper : "SIG" + upper;
        return isKnown(prefixed) ? Optional.of(prefixed) : Optional.empty();
    }

    /** {@code SIGTERM} for "15", "term", "TERM" and "SIGTERM"; anything unknown comes back upper-cased. */
    public static String canonical(String signal) {
        String name = signal.trim().toUpperCase(java.util.Locale.ROOT);
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
            return suggestion(name).orElse(name);
        }
        return name.startsWith("SIG") ? name : "SIG" + name;
    }

    /** The signal Docker stops an image with: its {@code STOPSIGNAL}, else {@code SIGTERM}. */
    public static String stopSignal(Optional<String> imageStopSignal) {
        return imageStopSignal.filter(s -> !s.isBlank()).map(Signals::canonical).orElse(DEFAULT_STOP);
    }
}
