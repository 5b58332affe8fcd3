package dev.plimsoll.runner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import java.util.Optional;

/** Imports text and asserts that what comes out is a contract the grammar accepts as it is. */
final class Imports {
    private Imports() {}

    static Imported of(SpecFormat format, String yaml) {
        Imported imported = SpecImporter.read(format, "spec.yaml", yaml, Optional.of("acme/app:1"));
        assertThat(imported.errors()).as("errors of\n%s", yaml).isEmpty();
        ParseResult parsed = Contracts.parse("imported.contract", imported.contract());
        assertThat(parsed.diagnostics())
                .as("plimsoll check of\n%s\n%s", imported.contract(), parsed.render())
                .isEmpty();
        return imported;
    }

    static Imported failing(SpecFormat format, String yaml) {
        Imported imported = SpecImporter.read(format, "spec.yaml", yaml, Optional.empty());
        assertThat(imported.failed()).as("import of\n%s", yaml).isTrue();
        assertThat(imported.contract()).isEmpty();
        return imported;
    }
}
