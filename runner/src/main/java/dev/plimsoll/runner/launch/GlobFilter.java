package dev.plimsoll.runner.launch;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps a check when the glob matches its own name, the name of a scenario or contract above it, or the
 * path (or file name) of its contract file. The launcher applies it to leaves and prunes emptied
 * containers, so a match on a scenario keeps all of that scenario's checks.
 */
record GlobFilter(Glob glob) implements PostDiscoveryFilter {

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        for (Optional<TestDescriptor> d = Optional.of(descriptor);
                d.isPresent();
                d = d.get().getParent()) {
            if (matches(d.get())) {
                return FilterResult.included("matches --filter " + glob.pattern());
            }
        }
        return FilterResult.excluded("does not match --filter " + glob.pattern());
    }

    private boolean matches(TestDescriptor descriptor) {
        if (descriptor.getParent().isEmpty()) {
            return false; // the engine itself is not a name users filter on
        }
        if (glob.matches(descriptor.getDisplayName())) {
            return true;
        }
        return descriptor
                .getSource()
                .flatMap(GlobFilter::path)
                .filter(this::matchesPath)
                .isPresent();
    }

    private boolean matchesPath(Path path) {
        Path fileName = path.getFileName();
        return glob.matches(path.toString()) || (fileName != null && glob.matches(fileName.toString()));
    }

    private static Optional<Path> path(TestSource source) {
        return source instanceof FileSource file ? Optional.of(file.getFile().toPath()) : Optional.empty();
    }
}
