package dev.plimsoll.runner.report;

/** Why a check has no result of its own: the run was stopped by a signal while it, or its scenario, ran. */
public final class RunInterrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RunInterrupted(String message) {
        super(message, null, false, false);
    }
}
