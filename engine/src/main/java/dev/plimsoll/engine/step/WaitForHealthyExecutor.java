package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.grammar.ast.WaitForHealthy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code wait for healthy}: the image's own HEALTHCHECK, followed through Docker's health events. */
final class WaitForHealthyExecutor implements StepExecutor<WaitForHealthy> {
    @Override
    public Verdict run(WaitForHealthy wait, Container on, StepContext context) {
        Duration deadline = Within.waitFor(wait.within(), context.deadlines());
        ContainerState state = context.docker().awaitHealthy(on.id(), deadline);
        if (state.health() == ContainerState.Health.NONE) {
            return Verdict.of(List.of("the image of " + on.owner() + " has no HEALTHCHECK"), on);
        }
        if (!state.running()) {
            return Verdict.of(List.of(on.owner() + " is not running (" + state.status() + ")"), on);
        }
        return state.health() == ContainerState.Health.HEALTHY
                ? Verdict.held(on)
                : Verdict.of(
                        List.of("health is " + state.health().name().toLowerCase(Locale.ROOT) + " (gave up after "
                                + Deadlines.describe(deadline) + ")"),
                        on);
    }
}
