package dev.plimsoll.runner.report;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestIdentifier;

/** Shows where a test comes from as {@code file:line}, relative to the working directory when inside it. */
public record Locations(Path workingDirectory) {

    public Locations {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String show(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }

    /** The contract file's path, or the display name when the engine gave no file. */
    public String file(TestIdentifier identifier) {
        return fileSource(identifier).map(s -> show(s.getFile().toPath())).orElse(identifier.getDisplayName());
    }

    /** {@code file:line}, or just the file when there is no position. */
    public Optional<String> fileLine(TestIdentifier identifier) {
        return fileSource(identifier)
                .map(source -> show(source.getFile().toPath())
                        + source.getPosition()
                                .map(FilePosition::getLine)
                                .map(line -> ":" + line)
                                .orElse(""));
    }

    private static Optional<FileSource> fileSource(TestIdentifier identifier) {
        Optional<TestSource> source = identifier.getSource();
        return source.filter(FileSource.class::isInstance).map(FileSource.class::cast);
    }
}
