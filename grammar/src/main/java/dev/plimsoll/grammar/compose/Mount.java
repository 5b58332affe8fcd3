package dev.plimsoll.grammar.compose;

import java.nio.file.Path;

/** A service {@code volumes} entry. */
public sealed interface Mount permits Mount.Named, Mount.Bind, Mount.Anonymous {
    String target();

    boolean readOnly();

    Origin origin();

    /** A named volume, declared under the top-level {@code volumes:}; fresh for each scenario. */
    record Named(String volume, String target, boolean readOnly, Origin origin) implements Mount {}

    /** A host path, absolute (a relative one is relative to the Compose file's directory). */
    record Bind(Path source, String target, boolean readOnly, Origin origin) implements Mount {}

    /** A container path alone: an anonymous volume. */
    record Anonymous(String target, boolean readOnly, Origin origin) implements Mount {}
}
