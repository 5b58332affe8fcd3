package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.run.ScenarioRun;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One run of a scenario: fresh containers on its own network before its steps, all removed after them, pass or
 * fail. Its steps run in order, on one thread; scenarios may run in parallel with each other.
 */
final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    static final String SEGMENT = "scenario";
    static final String CASE_SEGMENT = "case";

    private final ScenarioInstance instance;
    private @Nullable ScenarioRun run;

    private ScenarioDescriptor(UniqueId id, ScenarioInstance instance, TestSource source) {
        super(id, instance.displayName(), source);
        this.instance = instance;
    }

    /** A scenario without a matrix; {@code key} is its line, or line:column when it shares the line. */
    static ScenarioDescriptor single(UniqueId parentId, String key, ScenarioInstance instance, TestSource source) {
        return new ScenarioDescriptor(parentId.append(SEGMENT, key), instance, source);
    }

    /** A matrix case under its {@link ScenarioMatrixDescriptor}; the segment names its values, e.g. {@code A=x,B=y}. */
    static ScenarioDescriptor matrixCase(UniqueId matrixId, ScenarioInstance instance, TestSource source) {
        String bindings = instance.bindings().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
        return new ScenarioDescriptor(matrixId.append(CASE_SEGMENT, bindings), instance, source);
    }

    ScenarioInstance instance() {
        return instance;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public RunContext before(RunContext context) {
        // Each container's moments (created, started, ready, removing) as report entries: a report's timeline.
        run = context.contract().startScenario(instance, entry -> context.listener()
                .reportingEntryPublished(this, ReportEntry.from(entry)));
        return context.withScenario(run);
    }

    @Override
    public void after(RunContext context) {
        if (run != null) {
            run.close();
            run.reportEntries().forEach((key, value) -> context.listener()
                    .reportingEntryPublished(this, ReportEntry.from(key, value)));
        }
    }
}
