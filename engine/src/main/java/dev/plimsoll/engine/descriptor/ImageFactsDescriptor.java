package dev.plimsoll.engine.descriptor;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** {@code image has { … }}: facts checked from the image's metadata, with no container started. */
final class ImageFactsDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    static final String SEGMENT = "image";

    ImageFactsDescriptor(UniqueId parentId, int line, TestSource source) {
        super(parentId.append(SEGMENT, String.valueOf(line)), "image has", source);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public RunContext before(RunContext context) {
        return context.withImage(context.contract().image());
    }
}
