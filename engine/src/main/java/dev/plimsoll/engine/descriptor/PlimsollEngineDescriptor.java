package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.run.RunServices;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root: connects to Docker once for the whole run, and removes what the run left when it ends. */
public final class PlimsollEngineDescriptor extends EngineDescriptor implements Node<RunContext> {

    private @Nullable RunServices services;

    public PlimsollEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "plimsoll");
    }

    @Override
    public RunContext before(RunContext context) {
        if (getChildren().isEmpty()) {
            return context;
        }
        services = RunServices.connect(context.configuration(), context.connector(), context.probeRoot());
        services.planContracts(getChildren().stream()
                .filter(ContractDescriptor.class::isInstance)
                .map(child -> ((ContractDescriptor) child).plan())
                .toList());
        return context.withServices(services);
    }

    /** Also called when {@link #before} failed: then there is nothing to close. */
    @Override
    public void after(RunContext context) {
        if (services != null) {
            services.close();
        }
    }
}
