package dev.plimsoll.engine.docker;

import java.util.Optional;

/**
 * A run's containers, networks and volumes found in the engine.
 *
 * @param owner the process that made them; empty when a plimsoll that did not record owners made them
 */
public record LeftRun(String runId, Optional<RunOwner> owner, int containers, int networks, int volumes) {

    /** Whether the run may be swept: only when its owner is known to be gone. */
    public boolean ownerGone() {
        return owner.map(RunOwner::status).filter(RunOwner.Status.GONE::equals).isPresent();
    }

    /** Collects one run's objects while listing. */
    static final class Builder {
        final String runId;
        Optional<RunOwner> owner = Optional.empty();
        int containers;
        int networks;
        int volumes;

        Builder(String runId) {
            this.runId = runId;
        }

        LeftRun build() {
            return new LeftRun(runId, owner, containers, networks, volumes);
        }
    }
}
