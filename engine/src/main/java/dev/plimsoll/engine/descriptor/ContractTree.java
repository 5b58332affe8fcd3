package dev.plimsoll.engine.descriptor;

import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.ImageFacts;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Step;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * Builds the whole test tree of one valid contract: image facts, file checks, then each scenario (each matrix
 * combination its own node) with one test per action or check. Unique-id segments are line numbers, so a node can be
 * selected again by its line; statements that share a line are told apart by their column ({@link LineKeys}).
 */
public final class ContractTree {
    private ContractTree() {}

    public static ContractDescriptor build(UniqueId parentId, ContractLocation location, ParseResult parsed) {
        ContractDescriptor root = new ContractDescriptor(parentId, location, parsed);
        Contract contract = root.contract();
        contract.imageFacts().ifPresent(facts -> root.addChild(imageFacts(root, facts)));
        LineKeys fileKeys = new LineKeys();
        for (FileCheck file : contract.files()) {
            String name = SourceSnippet.of(parsed.source(), file.span());
            FileCheckDescriptor check = new FileCheckDescriptor(
                    root.getUniqueId(),
                    fileKeys.next(file.span()),
                    file,
                    name,
                    location.source(file.span().line()));
            root.remember(check, file.span());
            root.addChild(check);
        }
        LineKeys scenarioKeys = new LineKeys();
        contract.scenarios()
                .forEach(scenario -> root.addChild(scenario(root, scenarioKeys.next(scenario.span()), scenario)));
        return root;
    }

    private static TestDescriptor imageFacts(ContractDescriptor root, ImageFacts facts) {
        ContractLocation location = root.location();
        int line = facts.span().line();
        ImageFactsDescriptor container = new ImageFactsDescriptor(root.getUniqueId(), line, location.source(line));
        root.remember(container, facts.span());
        LineKeys factKeys = new LineKeys();
        for (ImageFact fact : facts.facts()) {
            String name = SourceSnippet.of(root.parsed().source(), fact.span());
            ImageFactDescriptor check = new ImageFactDescriptor(
                    container.getUniqueId(),
                    factKeys.next(fact.span()),
                    fact,
                    name,
                    location.source(fact.span().line()));
            root.remember(check, fact.span());
            container.addChild(check);
        }
        return container;
    }

    private static TestDescriptor scenario(ContractDescriptor root, String key, Scenario scenario) {
        ContractLocation location = root.location();
        int line = scenario.span().line();
        List<ScenarioInstance> instances = scenario.expand();
        if (scenario.matrix().isEmpty()) {
            ScenarioDescriptor single =
                    ScenarioDescriptor.single(root.getUniqueId(), key, instances.get(0), location.source(line));
            root.remember(single, scenario.span());
            addSteps(root, single, scenario);
            return single;
        }
        ScenarioMatrixDescriptor matrix = new ScenarioMatrixDescriptor(
                root.getUniqueId(), key, scenario.name().source(), location.source(line));
        root.remember(matrix, scenario.span());
        for (ScenarioInstance instance : instances) {
            ScenarioDescriptor each =
                    ScenarioDescriptor.matrixCase(matrix.getUniqueId(), instance, location.source(line));
            root.remember(each, scenario.span());
            addSteps(root, each, scenario);
            matrix.addChild(each);
        }
        return matrix;
    }

    private static void addSteps(ContractDescriptor root, ScenarioDescriptor descriptor, Scenario scenario) {
        ContractLocation location = root.location();
        List<Step> steps = scenario.steps();
        LineKeys stepKeys = new LineKeys();
        for (int index = 0; index < steps.size(); index++) {
            Step step = steps.get(index);
            if (!(step instanceof Setting)) {
                StepDescriptor node = new StepDescriptor(
                        descriptor.getUniqueId(),
                        stepKeys.next(step.span()),
                        index,
                        step,
                        location.source(step.span().line()));
                root.remember(node, step.span());
                descriptor.addChild(node);
            }
        }
    }
}
