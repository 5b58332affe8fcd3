package dev.plimsoll.engine.discovery;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.compose.ComposeContracts;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contract with {@code services from "compose.yml"} becomes the contract the engine runs: the Compose files are
 * read (never a container started), and their problems, located in those files, make the contract invalid.
 */
final class ComposeExpansion {
    private final Map<String, String> set;

    /** {@code set} are the runner's {@code --set} values, which win over the environment and {@code .env}. */
    ComposeExpansion(Map<String, String> set) {
        this.set = Map.copyOf(set);
    }

    /** What stops the contract (rendered, with the line of the contract to point at), or the contract to run. */
    record Expanded(Optional<ParseResult> result, String problems, int line) {}

    Expanded expand(ContractLocation location, ParseResult parsed) {
        Optional<Contract> contract = parsed.contract();
        if (parsed.hasErrors() || contract.isEmpty() || contract.get().compose().isEmpty()) {
            return new Expanded(Optional.of(parsed), "", 0);
        }
        Path directory = location.directory().orElse(Path.of("."));
        ComposeContracts.Checked checked = ComposeContracts.check(contract.get(), directory, set, System.getenv())
                .orElseThrow();
        Optional<dev.plimsoll.grammar.compose.ComposeProject> project = checked.project();
        if (!checked.hasErrors() && project.isPresent()) {
            Contract expanded = ComposeContracts.expand(contract.get(), project.get());
            return new Expanded(
                    Optional.of(new ParseResult(parsed.source(), Optional.of(expanded), parsed.diagnostics())), "", 0);
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer(parsed.source());
        List<String> rendered = new ArrayList<>();
        checked.contractDiagnostics().forEach(diagnostic -> rendered.add(renderer.render(diagnostic)));
        checked.compose()
                .map(compose -> compose.render(ComposeExpansion::displayPath))
                .filter(text -> !text.isEmpty())
                .ifPresent(rendered::add);
        int line = contract.get().compose().get().span().line();
        return new Expanded(Optional.empty(), String.join("\n", rendered), line);
    }

    /** A Compose file as the contract's own name shows it: relative to the working directory when inside it. */
    static String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }
}
