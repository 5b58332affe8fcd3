package dev.plimsoll.engine.docker;

import java.util.OptionalInt;

/**
 * The outcome of a command run in a container.
 *
 * @param exitCode empty when the command did not finish before its timeout
 */
public record ExecResult(OptionalInt exitCode, String stdout, String stderr) {

    public boolean timedOut() {
        return exitCode.isEmpty();
    }
}
