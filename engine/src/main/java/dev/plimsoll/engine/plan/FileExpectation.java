package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.ast.OwnedBy;
import java.util.List;
import java.util.Optional;

/** {@code file "/path" ...} or {@code expect file ...}, resolved: the path and each property it must have. */
public record FileExpectation(String path, List<Property> properties) {

    public FileExpectation {
        properties = List.copyOf(properties);
    }

    /** Whether a property names an owner, which takes the image's account tables to check. */
    public boolean namesOwner() {
        return properties.stream().anyMatch(Owner.class::isInstance);
    }

    public sealed interface Property {}

    public record Exists() implements Property {}

    public record Absent() implements Property {}

    public record IsDirectory() implements Property {}

    public record IsRegularFile() implements Property {}

    public record IsSocket() implements Property {}

    public record IsSymlink(Optional<String> target) implements Property {}

    /** Names in an owner are never variables: the AST's own node says all there is. */
    public record Owner(OwnedBy owner) implements Property {}

    public record Mode(int mode) implements Property {}

    public record Content(ExpectedText expected) implements Property {}
}
