package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.check.FileChecks;
import dev.plimsoll.engine.plan.FileExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.engine.run.ContractRun;
import dev.plimsoll.engine.run.StepFailure;
import dev.plimsoll.grammar.ast.FileCheck;
import java.util.List;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One {@code file "/path" …} line, read from the image's filesystem through the archive API, once per path. */
final class FileCheckDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    static final String SEGMENT = "file";

    private final FileCheck check;

    FileCheck check() {
        return check;
    }

    FileCheckDescriptor(UniqueId parentId, String key, FileCheck check, String displayName, TestSource source) {
        super(parentId.append(SEGMENT, key), displayName, source);
        this.check = check;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public RunContext execute(RunContext context, DynamicTestExecutor dynamicTestExecutor) {
        ContractRun run = context.contract();
        FileExpectation expected = new Resolver(run.variables()).file(check);
        List<String> mismatches = FileChecks.mismatches(expected, run.imageFile(expected.path()), run::accounts);
        if (!mismatches.isEmpty()) {
            throw StepFailure.of(getDisplayName(), check, run.location(), mismatches, List.of());
        }
        return context;
    }
}
