package dev.plimsoll.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log with one run, as code scanning services and SARIF viewers read
 * it. Paths inside the working directory are relative URIs against {@code %SRCROOT%} (the working directory);
 * others are absolute {@code file:} URIs. Two rules: problems in the contract itself, and in a Compose file it names.
 */
final class SarifLog {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String CONTRACT_RULE = "contract";
    static final String COMPOSE_RULE = "compose";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Path workingDirectory;

    SarifLog(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    String write(List<CheckedContract> checked, String version) {
        ObjectNode log = JSON.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "plimsoll");
        driver.put("version", version);
        // no informationUri: the project has no public home to point at; the language reference ships with it
        ArrayNode rules = driver.putArray("rules");
        rules.add(rule(CONTRACT_RULE, "InvalidContract", "A contract that does not parse or validate."));
        rules.add(rule(
                COMPOSE_RULE,
                "ComposeFileProblem",
                "A Compose file named by a contract that plimsoll cannot run as written."));
        run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", directoryUri());
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (CheckedContract contract : checked) {
            for (FileDiagnostic located : contract.diagnostics()) {
                results.add(result(located, located.file().equals(contract.file()) ? 0 : 1));
            }
        }
        return JsonText.pretty(log);
    }

    private static ObjectNode rule(String id, String name, String description) {
        ObjectNode rule = JSON.objectNode();
        rule.put("id", id);
        rule.put("name", name);
        rule.putObject("shortDescription").put("text", description);
        rule.putObject("defaultConfiguration").put("level", "error");
        return rule;
    }

    private ObjectNode result(FileDiagnostic located, int ruleIndex) {
        Diagnostic diagnostic = located.diagnostic();
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", ruleIndex == 0 ? CONTRACT_RULE : COMPOSE_RULE);
        result.put("ruleIndex", ruleIndex);
        result.put("level", diagnostic.severity() == Severity.ERROR ? "error" : "warning");
        // viewers show only the message's text, so the hint goes there too
        result.putObject("message")
                .put(
                        "text",
                        diagnostic.message()
                                + diagnostic.hint().map(h -> "\nhint: " + h).orElse(""));
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        artifactLocation(physical.putObject("artifactLocation"), located.file());
        Span span = diagnostic.span();
        if (span.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", span.line());
            region.put("startColumn", Math.max(1, span.column()));
            region.put("endLine", Math.max(span.line(), span.endLine()));
            region.put("endColumn", Math.max(1, span.endColumn()));
        }
        diagnostic.hint().ifPresent(hint -> result.putObject("properties").put("hint", hint));
        return result;
    }

    private void artifactLocation(ObjectNode location, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(workingDirectory)) {
            location.put("uri", absolute.toUri().toASCIIString());
            return;
        }
        String relative = workingDirectory
                .relativize(absolute)
                .toString()
                .replace(file.getFileSystem().getSeparator(), "/");
        try {
            location.put("uri", new URI(null, null, relative, null).toASCIIString());
        } catch (URISyntaxException e) {
            // a relative path whose first segment has a colon; the absolute URI says the same
            location.put("uri", absolute.toUri().toASCIIString());
            return;
        }
        location.put("uriBaseId", SOURCE_ROOT);
    }

    private String directoryUri() {
        String uri = workingDirectory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
