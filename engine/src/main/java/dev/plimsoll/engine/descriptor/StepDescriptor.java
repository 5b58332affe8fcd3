package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.run.StepFailure;
import dev.plimsoll.grammar.ast.Step;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * An action or a check of a scenario. Checks are the contract's promises; actions are tests too, because a failed
 * {@code wait for} is a broken promise (a start-up budget) and must show in the report at its line.
 */
final class StepDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    static final String SEGMENT = "step";

    private final int index;

    /** {@code key} is the step's line, or line:column when it shares the line with another step. */
    StepDescriptor(UniqueId parentId, String key, int index, Step step, TestSource source) {
        super(parentId.append(SEGMENT, key), step.describe(), source);
        this.index = index;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }

    /** Runs the unselected actions before this step; skips it when an earlier action failed. */
    @Override
    public SkipResult shouldBeSkipped(RunContext context) {
        Optional<String> brokenBy = context.scenario().runUpTo(index);
        return brokenBy.map(reason -> SkipResult.skip(context.mask("not run: " + reason)))
                .orElseGet(SkipResult::doNotSkip);
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) {
        try {
            context.scenario().run(index);
        } catch (StepFailure failure) {
            if (!failure.logTail().isEmpty()) {
                // Reports put it beside the failure (JUnit XML: <system-out>).
                String tail = String.join("\n", failure.logTail());
                context.listener().reportingEntryPublished(this, ReportEntry.from("log", tail));
            }
            throw failure;
        }
        return context;
    }
}
