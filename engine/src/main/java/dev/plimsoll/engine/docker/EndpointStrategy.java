package dev.plimsoll.engine.docker;

import java.util.Optional;

/** One place the docker CLI looks for its engine; empty when that place says nothing. */
interface EndpointStrategy {

    Optional<DockerEndpoint> find(DockerSettings settings);
}
