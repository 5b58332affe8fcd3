package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a contract and returns all findings at once. */
public final class Validator {
    private static final List<Rule> RULES = List.of(
            new MissingSubjectRule(),
            new DuplicateServiceRule(),
            new UnknownServiceRule(),
            new ServiceSubjectRule(),
            new TargetRule(),
            new DuplicateScenarioRule(),
            new DuplicateFileRule(),
            new MatrixRule(),
            new SettingOrderRule(),
            new SettingPlaceRule(),
            new MountRule(),
            new SavedValueRule(),
            new PortRangeRule(),
            new ModeRule(),
            new HttpMethodRule(),
            new HttpStatusRule(),
            new RegexRule(),
            new JsonPathRule(),
            new EmptyValueRule(),
            new AbsolutePathRule(),
            new OwnLabelRule(),
            new HttpRequestRule(),
            new RepeatedFactRule(),
            new FilePropertyRule());

    private Validator() {}

    public static List<Diagnostic> validate(Contract contract) {
        List<Diagnostic> found = new ArrayList<>();
        NodeIndex nodes = new NodeIndex(contract);
        for (Rule rule : RULES) {
            rule.check(contract, nodes, found::add);
        }
        return found;
    }
}
