package dev.plimsoll.engine.descriptor;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A scenario with {@code for … in …}: one child scenario per combination of values. */
final class ScenarioMatrixDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

    ScenarioMatrixDescriptor(UniqueId parentId, String key, String displayName, TestSource source) {
        super(parentId.append(ScenarioDescriptor.SEGMENT, key), displayName, source);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
