package dev.plimsoll.runner.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * What the user asked of a run or a listing, turned into Launcher discovery requests.
 *
 * @param engineId the engine to run, {@code plimsoll} outside of tests
 * @param contracts the contract files, in the order they are run and reported
 * @param filter keep only checks matching this glob (see {@link GlobFilter})
 * @param parameters configuration parameters for the engine (see {@link EngineParameters})
 * @param failFast stop after the first failure
 */
public record RunSettings(
        String engineId,
        List<Path> contracts,
        Optional<Glob> filter,
        Map<String, String> parameters,
        boolean failFast) {

    public RunSettings {
        contracts = List.copyOf(contracts);
        parameters = Map.copyOf(new LinkedHashMap<>(parameters));
    }

    public static RunSettings of(String engineId, List<Path> contracts) {
        return new RunSettings(engineId, contracts, Optional.empty(), Map.of(), false);
    }

    LauncherDiscoveryRequest request(List<Path> files, LauncherDiscoveryListener listener) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        files.forEach(file -> selectors.add(DiscoverySelectors.selectFile(file.toFile())));
        List<Filter<?>> filters = new ArrayList<>();
        filters.add(EngineFilter.includeEngines(engineId));
        filter.ifPresent(glob -> filters.add(new GlobFilter(glob)));
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(filters.toArray(Filter[]::new))
                .configurationParameters(parameters)
                .listeners(listener)
                .build();
    }
}
