package dev.plimsoll.runner.docker;

import java.time.Duration;
import java.util.Optional;

/**
 * How one container of the image started and stopped when {@code init} tried it.
 *
 * @param firstLine the first non-blank log line, if one came within the observation time
 * @param waited how long that line took; without a line, how long the container was watched
 */
public record Startup(Optional<String> firstLine, Duration waited, Ending ending) {

    /** How the trial container ended. */
    public sealed interface Ending {}

    /** It exited before it was sent anything. */
    public record ExitedBySelf(int exitCode) implements Ending {}

    /** It exited after its stop signal, within the stop time. */
    public record StoppedOnSignal(String signal, int exitCode) implements Ending {}

    /** It was still running at the end of the stop time after its stop signal. */
    public record KeptRunning(String signal) implements Ending {}
}
