package dev.plimsoll.engine.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Turns a directory into one file selector per contract below it, in a stable order. */
final class DirectorySelectorResolver implements SelectorResolver {

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        Set<FileSelector> files = contractsBelow(selector.getPath());
        return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
    }

    private static Set<FileSelector> contractsBelow(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(ContractFiles::isContract)
                    .sorted()
                    .map(path -> selectFile(path.toFile()))
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list contracts below " + directory, e);
        }
    }
}
