package dev.plimsoll.runner.promote;

import java.util.List;
import java.util.Optional;

/**
 * What the user asked for, as given on the command line.
 *
 * @param version {@code --version}: one tag as written, or with {@code semver} every precision of it
 * @param semverZero {@code --semver-zero}: a 0.x version also gets the bare {@code 0}
 * @param literalTags {@code --tag}: kept exactly as written, never suffixed
 * @param suffixes {@code --suffix}: each variant gets every version tag with {@code -suffix}, and
 *     {@code latest} becomes the bare suffix
 */
public record TagRules(
        Optional<String> version,
        boolean semver,
        boolean semverZero,
        boolean latest,
        List<String> literalTags,
        List<String> suffixes) {

    public TagRules {
        literalTags = List.copyOf(literalTags);
        suffixes = List.copyOf(suffixes);
    }
}
