package dev.plimsoll.runner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** goss's matchers for text (file contents, command output, http bodies) as contract comparisons. */
final class GossTexts {
    private final Fields fields;
    private final Draft.Scenario scenario;

    GossTexts(Fields fields, Draft.Scenario scenario) {
        this.fields = fields;
        this.scenario = scenario;
    }

    /** {@code hasNot}: the comparison can be negated with {@code not} (output checks); else negations become regexes. */
    List<String> read(YamlValue value, String key, String prefix, boolean hasNot) {
        List<String> out = new ArrayList<>();
        if (value instanceof YamlValue.Scalar scalar && scalar.value() != null) {
            out.add(prefix + GossPattern.equality(scalar.text()));
            return out;
        }
        if (value instanceof YamlValue.Mapping) {
            scenario.skip(new Skipped(
                    key, value.line(), "goss's advanced matchers are not imported; write the patterns as a list"));
            return out;
        }
        for (String pattern : fields.strings(value, key).orElse(List.of())) {
            GossPattern parsed = GossPattern.parse(pattern);
            Optional<String> problem = parsed.problem();
            if (problem.isPresent()) {
                scenario.skip(new Skipped(key, value.line(), problem.get()));
            } else {
                out.add(prefix + (hasNot ? parsed.withNot() : parsed.withoutNot()));
            }
        }
        return out;
    }
}
