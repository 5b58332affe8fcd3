package dev.plimsoll.runner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class YamlFileTest {

    @ParameterizedTest
    @EnumSource(SpecFormat.class)
    void malformedYamlIsAnErrorAtItsLineAndColumn(SpecFormat format) {
        Imported imported = Imports.failing(format, "schemaVersion: 2.0.0\nfile:\n  /x: [exists: true\n");

        assertThat(imported.renderErrors()).matches("(?s)spec\\.yaml:4:1: error: malformed YAML: .*");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "schemaVersion: 2.0.0\\nschemaVersion: 2.0.0\\n | spec.yaml:2:1: error: key 'schemaVersion' appears twice in one mapping (first on line 1)",
                "'' | spec.yaml:1:1: error: the file is empty",
                "schemaVersion: 2.0.0\\n\\tmetadataTest: {}\\n | spec.yaml:2:1: error: malformed YAML"
            })
    void brokenFilesAreLocatedErrors(String yaml, String message) {
        Imported imported =
                Imports.failing(SpecFormat.CST, yaml.replace("\\n", "\n").replace("\\t", "\t"));

        assertThat(imported.renderErrors()).startsWith(message);
    }
}
