package dev.plimsoll.engine.descriptor;

import dev.plimsoll.grammar.ParseResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A contract that does not parse or validate. It stands in the tree as one failing test with the rendered
 * diagnostics, so the other contracts still run and the broken one cannot pass unnoticed. No container is started.
 */
public final class InvalidContractDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    private final String diagnostics;

    public InvalidContractDescriptor(UniqueId parentId, ContractLocation location, ParseResult parsed, int line) {
        super(
                parentId.append(ContractDescriptor.SEGMENT, location.key()),
                location.displayName(),
                location.source(line));
        this.diagnostics = parsed.render();
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
