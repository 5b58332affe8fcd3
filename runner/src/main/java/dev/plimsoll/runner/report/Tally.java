package dev.plimsoll.runner.report;

/** Counts of checks by outcome. */
public final class Tally {

    private int passed;
    private int failed;
    private int errors;
    private int skipped;
    private int aborted;
    private int interrupted;

    void add(Outcome outcome) {
        if (outcome instanceof Outcome.Passed) {
            passed++;
        } else if (outcome instanceof Outcome.Failed f) {
            if (f.isAssertion()) failed++;
            else if (f.cause() instanceof RunInterrupted) interrupted++;
            else errors++;
        } else if (outcome instanceof Outcome.Skipped) {
            skipped++;
        } else {
            aborted++;
        }
    }

    public int total() {
        return passed + failed + errors + interrupted + skipped + aborted;
    }

    public int passed() {
        return passed;
    }

    /** Checks that did not hold. */
    public int failed() {
        return failed;
    }

    /** Errors as JUnit XML counts them: checks the engine could not carry out, and interrupted ones. */
    public int errors() {
        return errors + interrupted;
    }

    /** Checks the engine could not carry out (not an assertion, not an interruption). */
    public int couldNotRun() {
        return errors;
    }

    /** Checks that were running, or whose scenario was, when a signal stopped the run. */
    public int interrupted() {
        return interrupted;
    }

    public int skipped() {
        return skipped;
    }

    public int aborted() {
        return aborted;
    }
}
