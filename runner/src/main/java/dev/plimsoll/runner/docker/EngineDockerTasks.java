package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSettings;
import dev.plimsoll.runner.promote.Promoter;
import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import java.util.Optional;

/** {@code init}, {@code clean} and {@code promote} through the engine's Docker layer, connected as the engine connects. */
public final class EngineDockerTasks implements DockerTasks {

    @Override
    public ImageSurvey survey(String reference, Optional<String> dockerHost) {
        try (Docker docker = Docker.connect(DockerSettings.fromEnvironment(dockerHost))) {
            try {
                return new ImageSurveyor(docker).survey(reference);
            } finally {
                // Also what an interrupted survey left: everything this connection created carries its run labels.
                docker.removeAll(docker.runLabels());
            }
        }
    }

    @Override
    public Promotion promote(PromotionOrder order, Optional<String> dockerHost) {
        try (Docker docker = Docker.connect(DockerSettings.fromEnvironment(dockerHost))) {
            return new Promoter(docker).promote(order);
        }
    }

    @Override
    public CleanReport clean(CleanRequest request, Optional<String> dockerHost) {
        try (Docker docker = Docker.connect(DockerSettings.fromEnvironment(dockerHost))) {
            return new RunSweep(docker).clean(request);
        }
    }
}
