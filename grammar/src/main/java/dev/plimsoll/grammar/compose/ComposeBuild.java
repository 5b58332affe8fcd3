package dev.plimsoll.grammar.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code build}: the context as an absolute path, and the optional Dockerfile, args and target. */
public record ComposeBuild(
        Path context, Optional<String> dockerfile, List<EnvVar> args, Optional<String> target, Origin origin) {
    public ComposeBuild {
        args = List.copyOf(args);
    }
}
