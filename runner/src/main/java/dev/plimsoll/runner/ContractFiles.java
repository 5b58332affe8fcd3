package dev.plimsoll.runner;

import static dev.plimsoll.engine.discovery.ContractFiles.below;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract files named on the command line: files as given, directories searched recursively for
 * {@code *.contract} (hidden directories and {@code target/} skipped), in a stable sorted order.
 */
record ContractFiles(List<Path> files, List<Path> missing) {

    static final String EXTENSION = ".contract";

    /** Relative paths are taken from the working directory; missing ones are reported as given. */
    static ContractFiles find(List<Path> paths, Path workingDirectory) {
        Set<Path> files = new LinkedHashSet<>();
        List<Path> missing = new ArrayList<>();
        for (Path given : paths) {
            Path path = workingDirectory.resolve(given);
            if (Files.isDirectory(path)) {
                files.addAll(below(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path.normalize());
            } else {
                missing.add(given);
            }
        }
        return new ContractFiles(List.copyOf(files), List.copyOf(missing));
    }

    /** These files less those whose path relative to {@code workingDirectory} matches one of {@code globs}. */
    ContractFiles without(List<String> globs, Path workingDirectory) {
        if (globs.isEmpty()) {
            return this;
        }
        List<PathMatcher> matchers = globs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        Path base = workingDirectory.toAbsolutePath().normalize();
        List<Path> kept = files.stream()
                .filter(file -> matchers.stream().noneMatch(m -> m.matches(relative(base, file))))
                .toList();
        return new ContractFiles(kept, missing);
    }

    private static Path relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    static String describe(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }
}
