package dev.plimsoll.engine.docker;

import java.util.List;
import java.util.Optional;

/**
 * An image plimsoll built.
 *
 * @param buildKey which contract and build target it was built for (label {@code dev.plimsoll.build}); empty for
 *     images of a plimsoll that did not record it
 * @param created epoch seconds
 * @param ownBytes the disk only this image holds (its size less the layers it shares with other images)
 * @param containers how many containers use it, as far as the engine knows; -1 when it does not say
 */
public record BuiltImage(
        String id, List<String> tags, Optional<String> buildKey, long created, long ownBytes, int containers) {

    public BuiltImage {
        tags = List.copyOf(tags);
    }
}
