package dev.plimsoll.runner.promote;

import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerOperationException;
import dev.plimsoll.engine.docker.DockerUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tags the image with every target first, so that a missing image or a tag Docker refuses stops everything
 * before anything is pushed; then pushes registry by registry. A registry that refuses one tag is not asked
 * for its other tags (the cause, credentials mostly, is the same), and the other registries still are.
 */
public final class Promoter {

    private final Docker docker;

    public Promoter(Docker docker) {
        this.docker = docker;
    }

    public Promotion promote(PromotionOrder order) {
        if (docker.inspectImage(order.image()).isEmpty()) {
            return Promotion.refused("image '" + order.image() + "' does not exist locally; build or pull it first");
        }
        if (order.dryRun()) {
            List<String> commands = new ArrayList<>();
            order.targets().forEach(t -> commands.add("docker tag " + order.image() + " " + t.reference()));
            order.targets().forEach(t -> commands.add("docker push " + t.reference()));
            return new Promotion(Optional.empty(), commands, List.of(), List.of(), List.of());
        }
        for (Target target : order.targets()) {
            try {
                docker.tag(order.image(), target.repository(), target.tag());
            } catch (DockerUnavailableException e) {
                throw e;
            } catch (DockerOperationException e) {
                return Promotion.refused("Docker refused the tag " + target.reference() + ": " + e.getMessage()
                        + "; nothing was pushed");
            }
        }
        List<Promotion.Pushed> pushed = new ArrayList<>();
        List<Promotion.NotPushed> notPushed = new ArrayList<>();
        Map<String, List<Target>> byRegistry = byRegistry(order.targets());
        byRegistry.forEach((registry, targets) -> {
            String refused = null;
            for (Target target : targets) {
                if (refused != null) {
                    notPushed.add(new Promotion.NotPushed(
                            target, "not tried: " + registry + " refused " + refused + " before"));
                    continue;
                }
                try {
                    pushed.add(new Promotion.Pushed(target, docker.push(target.repository(), target.tag())));
                } catch (DockerUnavailableException e) {
                    throw e;
                } catch (DockerOperationException e) {
                    notPushed.add(new Promotion.NotPushed(target, String.valueOf(e.getMessage())));
                    refused = target.reference();
                }
            }
        });
        return new Promotion(Optional.empty(), List.of(), pushed, notPushed, List.copyOf(byRegistry.keySet()));
    }

    private static Map<String, List<Target>> byRegistry(List<Target> targets) {
        Map<String, List<Target>> groups = new LinkedHashMap<>();
        targets.forEach(t ->
                groups.computeIfAbsent(t.registry(), r -> new ArrayList<>()).add(t));
        return groups;
    }
}
