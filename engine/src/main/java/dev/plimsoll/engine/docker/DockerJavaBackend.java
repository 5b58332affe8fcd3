package dev.plimsoll.engine.docker;

/** {@link Docker} over docker-java. */
final class DockerJavaBackend {

    private DockerJavaBackend() {}

    static Docker connect(DockerSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }
}
