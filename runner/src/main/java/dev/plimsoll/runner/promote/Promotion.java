package dev.plimsoll.runner.promote;

import java.util.List;
import java.util.Optional;

/**
 * What a promotion did.
 *
 * @param refusal why nothing was pushed, when it stopped before the first push (missing image, refused tag)
 * @param commands for a dry run: the docker commands that would have done it
 * @param pushed the tags each registry took, with the digest it stored
 * @param notPushed the tags that did not get there, each with its reason
 * @param registries the registries pushed to, in the order they were asked
 */
public record Promotion(
        Optional<String> refusal,
        List<String> commands,
        List<Pushed> pushed,
        List<NotPushed> notPushed,
        List<String> registries) {

    public Promotion {
        commands = List.copyOf(commands);
        registries = List.copyOf(registries);
        pushed = List.copyOf(pushed);
        notPushed = List.copyOf(notPushed);
    }

    static Promotion refused(String reason) {
        return new Promotion(Optional.of(reason), List.of(), List.of(), List.of(), List.of());
    }

    /** Nothing refused and nothing left behind. */
    public boolean complete() {
        return refusal.isEmpty() && notPushed.isEmpty();
    }

    /** A tag that reached its registry. */
    public record Pushed(Target target, String digest) {}

    /** A tag that did not; {@code reason} is one sentence naming the registry, never a secret. */
    public record NotPushed(Target target, String reason) {}
}
