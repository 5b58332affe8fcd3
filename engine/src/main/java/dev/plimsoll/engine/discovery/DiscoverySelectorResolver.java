package dev.plimsoll.engine.discovery;

import dev.plimsoll.engine.EngineConfiguration;
import dev.plimsoll.engine.descriptor.ContractDescriptor;
import dev.plimsoll.engine.descriptor.PlimsollEngineDescriptor;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Discovery as a chain: classpath roots and packages become contract resources, directories become contract files,
 * and {@link ContractSelectorResolver} turns those (and URIs, lines and unique ids) into descriptors. Whatever was
 * selected by line or unique id is then pruned to just that.
 */
public final class DiscoverySelectorResolver {
    private static final EngineDiscoveryRequestResolver<PlimsollEngineDescriptor> RESOLVER =
            EngineDiscoveryRequestResolver.<PlimsollEngineDescriptor>builder()
                    .addResourceContainerSelectorResolver(
                            ResourceFilter.of(resource -> ContractFiles.isContract(resource.getName())))
                    .addSelectorResolver(new DirectorySelectorResolver())
                    .addSelectorResolver(context -> {
                        EngineConfiguration configuration = new EngineConfiguration(
                                context.getDiscoveryRequest().getConfigurationParameters());
                        return new ContractSelectorResolver(
                                context.getIssueReporter(),
                                configuration.contractVariables(),
                                configuration.variables());
                    })
                    .addTestDescriptorVisitor(context -> DiscoverySelectorResolver::pruneToSelection)
                    .build();

    private DiscoverySelectorResolver() {}

    public static void resolve(EngineDiscoveryRequest request, PlimsollEngineDescriptor engine) {
        RESOLVER.resolve(request, engine);
    }

    private static void pruneToSelection(TestDescriptor descriptor) {
        if (descriptor instanceof ContractDescriptor contract) {
            contract.pruneToSelection();
        }
    }
}
