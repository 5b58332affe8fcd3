package dev.plimsoll.grammar.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Writes Compose files into a temporary directory and loads them. */
final class ComposeFixture {
    private final Path directory;

    ComposeFixture(Path directory) {
        this.directory = directory;
    }

    ComposeFixture file(String name, String... lines) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String name) {
        return directory.resolve(name);
    }

    ComposeResult load(String... files) {
        return ComposeLoader.load(request(files));
    }

    ComposeRequest request(String... files) {
        List<Path> paths = Arrays.stream(files).map(directory::resolve).toList();
        return ComposeRequest.of(paths);
    }

    /** The project, failing with the rendered diagnostics when there is none. */
    ComposeProject project(ComposeResult result) {
        return result.project().orElseThrow(() -> new AssertionError(result.render(this::name)));
    }

    String name(Path file) {
        return directory.relativize(file.toAbsolutePath()).toString();
    }
}
