package dev.plimsoll.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.runner.report.Locations;
import java.util.List;
import java.util.Locale;

/**
 * {@code check --format json}: one JSON array, one object per diagnostic, in the order the text format shows them.
 * Lines and columns are 1-based, columns count characters, and the end is exclusive (the character after the
 * range), as in the grammar's spans; {@code hint} is null when there is none.
 */
final class DiagnosticsJson {
    private DiagnosticsJson() {}

    static String write(List<CheckedContract> checked, Locations locations) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (CheckedContract contract : checked) {
            for (FileDiagnostic located : contract.diagnostics()) {
                array.add(object(located, locations));
            }
        }
        return JsonText.pretty(array);
    }

    private static ObjectNode object(FileDiagnostic located, Locations locations) {
        Diagnostic diagnostic = located.diagnostic();
        Span span = diagnostic.span();
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("file", locations.show(located.file()));
        object.put("line", span.line());
        object.put("column", span.column());
        object.put("endLine", span.endLine());
        object.put("endColumn", span.endColumn());
        object.put("severity", diagnostic.severity().name().toLowerCase(Locale.ROOT));
        object.put("message", diagnostic.message());
        object.put("hint", diagnostic.hint().orElse(null));
        return object;
    }
}
