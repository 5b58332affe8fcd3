package dev.plimsoll.runner;

import dev.plimsoll.engine.docker.ImageName;
import dev.plimsoll.runner.promote.PromotionOrder;
import dev.plimsoll.runner.promote.TagRules;
import dev.plimsoll.runner.promote.Tags;
import dev.plimsoll.runner.promote.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which tags an image gets and where they go: the same options for {@code promote} and {@code run --promote}. */
final class PromoteOptions {

    @Option(
            names = "--version",
            paramLabel = "V",
            description = "The version to tag, e.g. 1.2.3 (with --semver also 1.2 and 1).")
    @Nullable
    String version;

    @Option(
            names = "--semver",
            description = "--version is a semantic version: tag every precision (1.2.3, 1.2, 1); "
                    + "a pre-release or build gets only its full version.")
    boolean semver;

    @Option(names = "--semver-zero", description = "With --semver, also tag the bare 0 of a 0.x version.")
    boolean semverZero;

    @Option(names = "--latest", description = "Also tag latest (with --suffix S: the bare S).")
    boolean latest;

    @Option(names = "--tag", paramLabel = "T", description = "Also tag T, exactly as written (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(
            names = "--suffix",
            paramLabel = "S",
            description = "A variant: every version tag gets -S, e.g. 1.2.3-alpine (repeatable).")
    List<String> suffixes = new ArrayList<>();

    @Option(
            names = "--registry",
            paramLabel = "HOST[:PORT][/NAMESPACE]",
            description = "Push there instead of the image's own registry (repeatable).")
    List<String> registries = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the docker tag and push commands; change nothing.")
    boolean dryRun;

    TagRules rules() {
        return new TagRules(Optional.ofNullable(version), semver, semverZero, latest, tags, suffixes);
    }

    /** Whether any of these options was given. */
    boolean given() {
        return version != null
                || semver
                || semverZero
                || latest
                || !tags.isEmpty()
                || !suffixes.isEmpty()
                || !registries.isEmpty()
                || dryRun;
    }

    /** The tags, or one sentence saying why the options give none; checked before anything runs. */
    Tags.Computed tagList() {
        if (semver && version == null) {
            return new Tags.Refused("--semver needs --version");
        }
        if (semverZero && !semver) {
            return new Tags.Refused("--semver-zero needs --semver");
        }
        for (String registry : registries) {
            Optional<String> problem = PromotionOrder.registryProblem(registry);
            if (problem.isPresent()) {
                return new Tags.Refused(problem.get());
            }
        }
        return Tags.of(rules());
    }

    /** Every tag in every repository the image named {@code name} goes to. */
    List<Target> targets(ImageName name, List<String> tagList) {
        return PromotionOrder.targets(name, registries, tagList).orElseThrow();
    }
}
