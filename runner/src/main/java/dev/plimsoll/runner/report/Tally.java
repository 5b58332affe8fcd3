package dev.plimsoll.runner.report;

/** Counts of checks by outcome. */
public final class Tally {

    private int passed;
    private int failed;
    private int errors;
    private int skipped;
    private int aborted;

    void add(Outcome outcome) {
        if (outcome instanceof Outcome.Passed) {
            passed++;
        } else if (outcome instanceof Outcome.Failed f) {
            if (f.isAssertion()) failed++;
            else errors++;
        } else if (outcome instanceof Outcome.Skipped) {
            skipped++;
        } else {
            aborted++;
        }
    }

    public int total() {
        return passed + failed + errors + skipped + aborted;
    }

    public int passed() {
        return passed;
    }

    /** Checks that did not hold. */
    public int failed() {
        return failed;
    }

    /** Checks the engine could not carry out (not an assertion). */
    public int errors() {
        return errors;
    }

    public int skipped() {
        return skipped;
    }

    public int aborted() {
        return aborted;
    }
}
