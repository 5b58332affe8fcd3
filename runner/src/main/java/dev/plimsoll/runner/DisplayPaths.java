package dev.plimsoll.runner;

import java.nio.file.Path;

/** Paths as people read them: relative to the working directory when they are inside it. */
final class DisplayPaths {
    private DisplayPaths() {}

    static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }
}
