package dev.plimsoll.grammar.parser;

import java.util.List;
import java.util.Optional;

/** The Linux signal names, in signal-number order (1..31), plus the real-time bounds. */
final class Signals {
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

    static boolean isKnown(String name) {
        return NUMBERED.contains(name) || ALIASES.contains(name);
    }

    /** What the writer probably meant by an unknown name or a number. */
    static Optional<String> suggestion(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(written.length() > 3 ? "0" : written);
            return number >= 1 && number <= NUMBERED.size() ? Optional.of(NUMBERED.get(number - 1)) : Optional.empty();
        }
        String upper = written.toUpperCase(java.util.Locale.ROOT);
        String prefixed = upper.startsWith("SIG") ? upper : "SIG" + upper;
        return isKnown(prefixed) ? Optional.of(prefixed) : Optional.empty();
    }
}
