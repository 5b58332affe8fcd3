package dev.plimsoll.engine.run;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import java.util.List;

/**
 * A contract to run: the parsed file, where it is, and what of it will run (a filter or a selection by line may leave
 * out some): its file checks, and its scenarios in order.
 */
public record ContractPlan(
        Contract contract, ContractLocation location, List<FileCheck> files, List<ScenarioInstance> scenarios) {
    public ContractPlan {
        files = List.copyOf(files);
        scenarios = List.copyOf(scenarios);
    }
}
