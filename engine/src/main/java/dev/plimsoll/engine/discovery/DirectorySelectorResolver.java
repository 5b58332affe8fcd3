package dev.plimsoll.engine.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Turns a directory into one file selector per contract below it, in a stable order. */
final class DirectorySelectorResolver implements SelectorResolver {

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        Set<FileSelector> files = ContractFiles.below(selector.getPath()).stream()
                .map(path -> selectFile(path.toFile()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
    }
}
