package dev.plimsoll.runner.docker;

import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import java.util.Optional;

/**
 * The Docker work of {@code init}, {@code clean} and {@code promote}, so the commands can be tested without Docker.
 * {@link EngineDockerTasks} does it through the engine's Docker layer.
 */
public interface DockerTasks {

    /**
     * The image's metadata, its volume paths and entrypoint executable, and one trial run: up to 30s for its
     * first log line, then its stop signal and up to 10s to exit. Uses the local image or pulls it, and
     * removes every container it creates.
     *
     * @param dockerHost overrides DOCKER_HOST and the docker context
     */
    ImageSurvey survey(String reference, Optional<String> dockerHost);

    /**
     * Removes the containers, networks and volumes of runs whose owner is gone (or as the request says), and with
     * {@code images} the built images; with {@code dryRun} only says what would go.
     */
    CleanReport clean(CleanRequest request, Optional<String> dockerHost);

    /**
     * Tags the local image with every target and pushes them (or, for a dry run, only says how); a missing image or
     * a refused tag stops it before the first push.
     */
    Promotion promote(PromotionOrder order, Optional<String> dockerHost);
}
