package dev.plimsoll.engine.step;

import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.grammar.ast.Stream;

/** The contract's stream names as the log's. */
final class Streams {
    private Streams() {}

    static ContainerLog.Stream of(Stream stream) {
        return switch (stream) {
            case STDOUT -> ContainerLog.Stream.STDOUT;
            case STDERR -> ContainerLog.Stream.STDERR;
            case LOG -> ContainerLog.Stream.LOG;
        };
    }
}
