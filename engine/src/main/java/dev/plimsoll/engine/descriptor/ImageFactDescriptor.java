package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.check.ImageFactCheck;
import dev.plimsoll.engine.plan.ImageFactResolver;
import dev.plimsoll.engine.run.StepFailure;
import dev.plimsoll.grammar.ast.ImageFact;
import java.util.List;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One line of {@code image has}, e.g. {@code user "app"}. */
final class ImageFactDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    static final String SEGMENT = "fact";

    private final ImageFact fact;

    ImageFactDescriptor(UniqueId parentId, String key, ImageFact fact, String displayName, TestSource source) {
        super(parentId.append(SEGMENT, key), displayName, source);
        this.fact = fact;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) {
        List<String> mismatches = ImageFactCheck.mismatches(
                new ImageFactResolver(context.contract().variables()).fact(fact), context.image());
        if (!mismatches.isEmpty()) {
            throw StepFailure.of(
                    "image has " + getDisplayName(), fact, context.contract().location(), mismatches, List.of());
        }
        return context;
    }
}
