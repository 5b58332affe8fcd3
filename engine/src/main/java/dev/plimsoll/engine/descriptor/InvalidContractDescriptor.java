package dev.plimsoll.engine.descriptor;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A contract that does not parse or validate, or uses a {@code ${NAME}} that nothing defines. It stands in the tree
 * as one failing test with the rendered diagnostics, so the other contracts still run and the broken one cannot pass
 * unnoticed. No container is started.
 */
public final class InvalidContractDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    private final String diagnostics;

    /** @param diagnostics every problem of the contract, rendered in the house format */
    public InvalidContractDescriptor(UniqueId parentId, ContractLocation location, String diagnostics, int line) {
        super(
                parentId.append(ContractDescriptor.SEGMENT, location.key()),
                location.displayName(),
                location.source(line));
        this.diagnostics = diagnostics;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw new InvalidContractException(diagnostics);
    }

    /** The contract's diagnostics, in the house format. */
    public static final class InvalidContractException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidContractException(String diagnostics) {
            super(diagnostics, null, false, false);
        }
    }
}
