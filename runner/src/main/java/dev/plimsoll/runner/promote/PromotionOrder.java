package dev.plimsoll.runner.promote;

import dev.plimsoll.engine.docker.ImageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to push: a local image (a name or an id) under every tag in every repository.
 *
 * @param image what {@code docker tag} is given: the user's image name, or the id a contract ran against
 */
public record PromotionOrder(String image, List<Target> targets, boolean dryRun) {

    public PromotionOrder {
        targets = List.copyOf(targets);
    }

    /**
     * Every tag in the image's own repository, or in each {@code --registry} (a host with an optional
     * namespace: {@code ghcr.io/acme} puts {@code greeter} at {@code ghcr.io/acme/greeter}). Empty when a
     * registry is not one; {@link #registryProblem} says why.
     */
    public static Optional<List<Target>> targets(ImageName name, List<String> registries, List<String> tags) {
        List<Target> targets = new ArrayList<>();
        List<ImageName> repositories = new ArrayList<>();
        if (registries.isEmpty()) {
            repositories.add(name);
        }
        for (String registry : registries) {
            if (registryProblem(registry).isPresent()) {
                return Optional.empty();
            }
            repositories.add(name.at(registry.replaceAll("/+$", "")));
        }
        for (ImageName repository : repositories) {
            tags.forEach(tag -> targets.add(new Target(repository.repository(), tag)));
        }
        return Optional.of(targets);
    }

    /** Why {@code --registry} cannot be used, if it cannot. */
    public static Optional<String> registryProblem(String registry) {
        String trimmed = registry.replaceAll("/+$", "");
        int slash = trimmed.indexOf('/');
        String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
        boolean valid = ImageName.validRegistry(host)
                && (slash < 0
                        || ImageName.parse(trimmed + "/x")
                                .filter(n -> n.registry().isPresent())
                                .isPresent());
        return valid
                ? Optional.empty()
                : Optional.of("--registry '" + registry + "' is not HOST[:PORT] with an optional /NAMESPACE "
                        + "(e.g. 127.0.0.1:5000 or ghcr.io/acme)");
    }
}
