/**
 * The engine's Docker layer, and the only package that imports docker-java.
 *
 * <p>{@link dev.plimsoll.engine.docker.Docker} is the whole API; its values are our own records. It connects as
 * the docker CLI does (--docker-host, DOCKER_HOST, the current context, the default socket), negotiates the API
 * version, labels everything it creates with {@code dev.plimsoll=true} and {@code dev.plimsoll.run=<run id>},
 * and logs each operation at DEBUG with its duration (logger {@code dev.plimsoll.engine.docker}).
 */
@NullMarked
package dev.plimsoll.engine.docker;

import org.jspecify.annotations.NullMarked;
