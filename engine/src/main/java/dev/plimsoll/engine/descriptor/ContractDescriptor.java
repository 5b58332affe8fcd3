package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.run.ContractPlan;
import dev.plimsoll.engine.run.ContractRun;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.ImageSubject;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One contract file. Before its children run, its image is built or found; its file
 * checks share one container that is created, never started, and removed at the end.
 */
public final class ContractDescriptor extends AbstractTestDescriptor implements Node<RunContext> {
    public static final String SEGMENT = "contract";

    /** Report entry key: the id of the image the contract ran against, published before its checks run. */
    public static final String IMAGE_ENTRY = "dev.plimsoll.image";

    /** Report entry key: the subject's reference as resolved, for {@code image "..."} subjects only. */
    public static final String REFERENCE_ENTRY = "dev.plimsoll.image.reference";

    private final ContractLocation location;
    private final ParseResult parsed;
    private final Set<UniqueId> selected = new HashSet<>();
    private final Map<UniqueId, Span> spans = new HashMap<>();
    private boolean wholeContractSelected;
    private @Nullable ContractPlan plan;
    private @Nullable ContractRun run;

    ContractDescriptor(UniqueId parentId, ContractLocation location, ParseResult parsed) {
        super(parentId.append(SEGMENT, location.key()), location.displayName(), location.source(0));
        this.location = location;
        this.parsed = parsed;
    }

    public ContractLocation location() {
        return location;
    }

    Contract contract() {
        return parsed.contract().orElseThrow();
    }

    ParseResult parsed() {
        return parsed;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public RunContext before(RunContext context) {
        run = context.services().startContract(plan());
        // What was tested, exactly: the runner promotes this image after a passing run.
        context.listener().reportingEntryPublished(this, ReportEntry.from(IMAGE_ENTRY, run.imageId()));
        if (contract().subject().orElseThrow() instanceof ImageSubject image) {
            String reference = image.reference().resolve(context.services().variables());
            context.listener().reportingEntryPublished(this, ReportEntry.from(REFERENCE_ENTRY, reference));
        }
        return context.withContract(run);
    }

    @Override
    public void after(RunContext context) {
        if (run != null) {
            run.close();
        }
    }

    /** What the run prepares for this contract, made once the tree is final (after discovery pruned it). */
    synchronized ContractPlan plan() {
        if (plan == null) {
            List<FileCheck> files = getChildren().stream()
                    .filter(FileCheckDescriptor.class::isInstance)
                    .map(child -> ((FileCheckDescriptor) child).check())
                    .toList();
            plan = new ContractPlan(contract(), location, files, scenarioOrder(this));
        }
        return plan;
    }

    /** The scenarios under {@code node} that will run, in order: matrix cases in theirs. */
    private static List<ScenarioInstance> scenarioOrder(TestDescriptor node) {
        List<ScenarioInstance> order = new ArrayList<>();
        for (TestDescriptor child : node.getChildren()) {
            if (child instanceof ScenarioDescriptor scenario) {
                order.add(scenario.instance());
            } else {
                order.addAll(scenarioOrder(child));
            }
        }
        return order;
    }

    /** Records where a node of this contract is written, for selection by line. */
    void remember(TestDescriptor node, Span span) {
        spans.put(node.getUniqueId(), span);
    }

    /**
     * The innermost nodes written at {@code line}: a step inside a matrix scenario gives that step in every case; a
     * line outside every node gives the contract itself.
     */
    public Set<TestDescriptor> nodesAt(int line) {
        Set<TestDescriptor> found = new LinkedHashSet<>();
        collectAt(this, line, found);
        return found.isEmpty() ? Set.of(this) : found;
    }

    private void collectAt(TestDescriptor node, int line, Set<TestDescriptor> found) {
        boolean deeper = false;
        for (TestDescriptor child : node.getChildren()) {
            Span span = spans.get(child.getUniqueId());
            if (span != null && span.line() <= line && line <= span.endLine()) {
                deeper = true;
                collectAt(child, line, found);
            }
        }
        if (!deeper && node != this) {
            found.add(node);
        }
    }

    /** Marks the whole contract, or one node in it, as selected; {@link #pruneToSelection} keeps only those. */
    public void select(TestDescriptor node) {
        if (node == this) {
            wholeContractSelected = true;
        } else {
            selected.add(node.getUniqueId());
        }
    }

    /** Removes every node that is neither selected, nor inside a selected node, nor on the way to one. */
    public void pruneToSelection() {
        if (!wholeContractSelected) {
            prune(this);
        }
    }

    private void prune(TestDescriptor node) {
        for (TestDescriptor child : Set.copyOf(node.getChildren())) {
            if (selected.contains(child.getUniqueId())) {
                continue;
            }
            if (selected.stream().anyMatch(id -> id.hasPrefix(child.getUniqueId()))) {
                prune(child);
            } else {
                node.removeChild(child);
            }
        }
    }
}
