package dev.plimsoll.engine.run;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import java.util.List;

/** A contract to run: the parsed file, where it is, and the scenarios of it that will run, in order. */
public record ContractPlan(Contract contract, ContractLocation location, List<ScenarioInstance> scenarios) {
    public ContractPlan {
        scenarios = List.copyOf(scenarios);
    }
}
