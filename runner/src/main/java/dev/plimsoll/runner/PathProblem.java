package dev.plimsoll.runner;

/** The paths on the command line name no contract to work on; the message says which, the code how bad. */
final class PathProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ExitCode exitCode;

    PathProblem(String message, ExitCode exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
