package dev.plimsoll.engine.docker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One image build.
 *
 * @param context the build context directory; {@code .dockerignore} in it is honoured
 * @param dockerfile the Dockerfile's path relative to the context, usually {@code Dockerfile}
 * @param args build arguments ({@code ARG})
 * @param target the stage to build, or the last one
 * @param labels extra image labels (the run labels are always added)
 */
public record BuildRequest(
        Path context,
        String dockerfile,
        Map<String, String> args,
        Optional<String> target,
        Map<String, String> labels) {

    public BuildRequest {
        context = context.toAbsolutePath().normalize();
        args = Map.copyOf(args);
        labels = Map.copyOf(labels);
    }

    /** {@code Dockerfile} in {@code context}, no args, last stage, no extra labels. */
    public static BuildRequest of(Path context) {
        return new BuildRequest(context, "Dockerfile", Map.of(), Optional.empty(), Map.of());
    }
}
