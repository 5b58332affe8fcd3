package dev.plimsoll.runner.promote;

import dev.plimsoll.engine.docker.ImageName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags an image gets, computed from {@link TagRules} alone. With {@code --semver}, {@code 1.2.3} gives
 * {@code 1.2.3}, {@code 1.2} and {@code 1}; {@code 0.4.1} gives {@code 0.4.1} and {@code 0.4} ({@code 0} only
 * with {@code semverZero}, as 0.x promises no compatibility); a pre-release or build metadata gives the full
 * version only, with {@code +} written {@code _} (Docker tags have no {@code +}). A leading {@code v}, as in git
 * tags, is dropped.
 */
public final class Tags {

    // semver.org's grammar: numbers without leading zeros, dot-separated pre-release and build identifiers.
    private static final Pattern SEMVER = Pattern.compile("v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
            + "(\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?");

    private static final String LATEST = "latest";

    private Tags() {}

    /** The tags, in a stable order without repeats, or why there are none. */
    public static Computed of(TagRules rules) {
        for (String suffix : rules.suffixes()) {
            if (!ImageName.validTag(suffix)) {
                return new Refused("--suffix '" + suffix + "' cannot be part of a Docker tag: " + TAG_RULE);
            }
        }
        List<String> versionTags = new ArrayList<>();
        if (rules.version().isPresent()) {
            String version = rules.version().get();
            if (rules.semver()) {
                Matcher semver = SEMVER.matcher(version);
                if (!semver.matches()) {
                    return new Refused("--version '" + version + "' is not a semantic version (MAJOR.MINOR.PATCH, "
                            + "e.g. 1.2.3 or 1.2.3-rc.1; see semver.org)");
                }
                versionTags.addAll(precisions(semver, rules.semverZero()));
            } else {
                versionTags.add(version);
            }
        }
        if (rules.latest()) {
            versionTags.add(LATEST);
        }
        Set<String> tags = new LinkedHashSet<>();
        if (rules.suffixes().isEmpty()) {
            tags.addAll(versionTags);
        }
        for (String suffix : rules.suffixes()) {
            versionTags.forEach(tag -> tags.add(tag.equals(LATEST) ? suffix : tag + "-" + suffix));
        }
        tags.addAll(rules.literalTags());
        if (tags.isEmpty()) {
            return new Refused("nothing to tag: give --version, --tag or --latest");
        }
        for (String tag : tags) {
            if (!ImageName.validTag(tag)) {
                return new Refused("'" + tag + "' is not a tag Docker accepts: " + TAG_RULE);
            }
        }
        return new Listed(List.copyOf(tags));
    }

    static final String TAG_RULE = "up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'";

    private static List<String> precisions(Matcher semver, boolean semverZero) {
        String major = semver.group(1);
        String minor = semver.group(2);
        String patch = semver.group(3);
        String preRelease = semver.group(4) == null ? "" : semver.group(4);
        String build = semver.group(5) == null ? "" : semver.group(5).replace('+', '_');
        String full = major + "." + minor + "." + patch;
        if (!preRelease.isEmpty() || !build.isEmpty()) {
            // 1.3.0-rc.1 is not "1.3", and build metadata names one build only.
            return List.of(full + preRelease + build);
        }
        List<String> tags = new ArrayList<>(List.of(full, major + "." + minor));
        if (!major.equals("0") || semverZero) {
            tags.add(major);
        }
        return tags;
    }

    /** The outcome of {@link #of}. */
    public sealed interface Computed {}

    /** The tags to give, in order. */
    public record Listed(List<String> tags) implements Computed {}

    /** Why no tag can be given; one sentence for the user. */
    public record Refused(String reason) implements Computed {}
}
