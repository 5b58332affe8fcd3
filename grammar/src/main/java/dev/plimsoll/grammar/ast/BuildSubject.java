package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code build "dir" [dockerfile "f"] [arg N = "v"]* [target "t"]}.
 */
public record BuildSubject(
        Text context, Optional<Text> dockerfile, List<BuildArg> args, Optional<Text> target, Span span)
        implements Subject {
    public BuildSubject {
        args = List.copyOf(args);
    }
}
