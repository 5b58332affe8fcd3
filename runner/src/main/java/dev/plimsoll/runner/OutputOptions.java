package dev.plimsoll.runner;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** How much plimsoll says and whether it colours it; shared by every command. */
final class OutputOptions {

    static final String OUR_LOGGERS = "dev.plimsoll";

    /** Held here because java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger JUNIT_LOGS = java.util.logging.Logger.getLogger("org.junit");

    @Option(
            names = {"-v", "--verbose"},
            description = "Log what plimsoll does (Docker calls, timings) on stderr.")
    boolean verbose;

    @Option(
            names = "--no-color",
            description = "Plain output without ANSI colours, even on a terminal (so does NO_COLOR).")
    boolean noColor;

    /** Quiet (WARN) by default; -v turns on DEBUG for plimsoll's own loggers. */
    void applyLogLevel() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger ours = context.getLogger(OUR_LOGGERS);
        ours.setLevel(verbose ? Level.DEBUG : Level.WARN);
        // the launcher logs through java.util.logging; its warnings duplicate what we print ourselves
        JUNIT_LOGS.setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
    }

    boolean colour(boolean terminal, @Nullable String noColorVariable) {
        return terminal && !noColor && (noColorVariable == null || noColorVariable.isEmpty());
    }
}
