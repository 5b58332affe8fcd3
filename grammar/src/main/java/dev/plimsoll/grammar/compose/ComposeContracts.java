package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.ComposeSource;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.DockerSocketMount;
import dev.plimsoll.grammar.ast.Nodes;
import dev.plimsoll.grammar.ast.OnService;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.ServiceSettings;
import dev.plimsoll.grammar.ast.ServiceSubject;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.StartService;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.StopService;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.Suggestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A contract with {@code services from}: loads its Compose files (paths relative to the contract), checks the
 * contract's own references against them, and expands it into a contract the engine runs like a written one.
 */
public final class ComposeContracts {
    private ComposeContracts() {}

    /**
     * What checking a contract's Compose files found: the Compose result (its diagnostics are in the Compose
     * files) and diagnostics located in the contract itself (a missing file, an unknown subject service).
     */
    public record Checked(Optional<ComposeResult> compose, List<Diagnostic> contractDiagnostics) {
        public Checked {
            contractDiagnostics = List.copyOf(contractDiagnostics);
        }

        public boolean hasErrors() {
            return compose.map(ComposeResult::hasErrors).orElse(false)
                    || contractDiagnostics.stream().anyMatch(Diagnostic::isError);
        }

        /** The project when nothing stops the contract from running. */
        public Optional<ComposeProject> project() {
            return hasErrors() ? Optional.empty() : compose.flatMap(ComposeResult::project);
        }
    }

    /** Empty when the contract names no Compose files. Reads files; never starts anything. */
    public static Optional<Checked> check(
            Contract contract, Path contractDirectory, Map<String, String> set, Map<String, String> environment) {
        Optional<ComposeSource> source = contract.compose();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Variables variables = Variables.of(environment).with(set);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Text file : source.get().files()) {
            Path path = contractDirectory.resolve(file.resolve(variables)).normalize();
            if (!Files.isRegularFile(path)) {
                diagnostics.add(Diagnostic.error(
                        "Compose file '" + file.resolve(variables) + "' not found (looked for " + path + ")",
                        file.span()));
            }
            files.add(path);
        }
        if (!diagnostics.isEmpty()) {
            return Optional.of(new Checked(Optional.empty(), diagnostics));
        }
        List<String> profiles =
                source.get().profiles().stream().map(p -> p.resolve(variables)).toList();
        boolean socket = !Nodes.all(contract, DockerSocketMount.class).isEmpty();
        ComposeResult result = ComposeLoader.load(new ComposeRequest(files, profiles, set, environment, socket));
        result.project().ifPresent(project -> references(contract, project, diagnostics));
        return Optional.of(new Checked(Optional.of(result), diagnostics));
    }

    /** {@code subject service X}, {@code stop/start service X}, {@code on service X} and scenario {@code service X} name started services. */
    private static void references(Contract contract, ComposeProject project, List<Diagnostic> diagnostics) {
        Set<String> names = new LinkedHashSet<>(project.names());
        contract.services().forEach(s -> names.add(s.name()));
        if (contract.subject().orElse(null) instanceof ServiceSubject subject
                && !project.names().contains(subject.service())) {
            diagnostics.add(unknown(subject.service(), subject.span(), project.names()));
        }
        for (StopService stop : Nodes.all(contract, StopService.class)) {
            if (!names.contains(stop.service())) {
                diagnostics.add(unknown(stop.service(), stop.span(), names));
            }
        }
        for (StartService start : Nodes.all(contract, StartService.class)) {
            if (!names.contains(start.service())) {
                diagnostics.add(unknown(start.service(), start.span(), names));
            }
        }
        for (OnService target : Nodes.all(contract, OnService.class)) {
            if (!names.contains(target.name())) {
                diagnostics.add(unknown(target.name(), target.span(), names));
            }
        }
        for (ServiceSettings settings : Nodes.all(contract, ServiceSettings.class)) {
            if (!names.contains(settings.service())) {
                diagnostics.add(unknown(settings.service(), settings.span(), names));
            }
        }
    }

    private static Diagnostic unknown(
            String name, dev.plimsoll.grammar.ast.Span span, java.util.Collection<String> names) {
        String message = "unknown service '" + name + "' (the Compose files start: " + String.join(", ", names) + ")";
        return Suggestion.closest(name, names)
                .map(s -> Diagnostic.error(message, span, "did you mean '" + s + "'?"))
                .orElseGet(() -> Diagnostic.error(message, span));
    }

    /**
     * The contract as the engine runs it: {@code subject service X} becomes X's build or image, X's settings
     * come first in every scenario (the scenario's own settings after them, so they override), and the other
     * Compose services become services in dependency order; a contract service of the same name replaces
     * the Compose one, other contract services follow.
     */
    public static Contract expand(Contract contract, ComposeProject project) {
        ComposeSource source = contract.compose()
                .orElseThrow(() -> new IllegalArgumentException("expand needs a contract with 'services from'"));
        ComposeTranslation translation = new ComposeTranslation(project, source.span());
        Optional<String> subjectName =
                contract.subject().filter(ServiceSubject.class::isInstance).map(s -> ((ServiceSubject) s).service());
        List<Service> services = new ArrayList<>();
        for (ComposeService service : project.services()) {
            if (subjectName.filter(service.name()::equals).isPresent()) {
                continue;
            }
            Optional<Service> own = contract.services().stream()
                    .filter(s -> s.name().equals(service.name()))
                    .findFirst();
            services.add(own.orElseGet(() -> translation.service(service)));
        }
        contract.services().stream()
                .filter(s -> project.service(s.name()).isEmpty())
                .forEach(services::add);
        Optional<ComposeService> subject = subjectName.flatMap(project::service);
        List<Setting> subjectSettings = subject.map(translation::settings).orElse(List.of());
        List<Scenario> scenarios = contract.scenarios().stream()
                .map(s -> withSettings(s, subjectSettings))
                .toList();
        return new Contract(
                contract.sourceName(),
                subject.map(translation::subject).or(contract::subject),
                contract.defaults(),
                contract.imageFacts(),
                contract.files(),
                services,
                scenarios,
                contract.compose(),
                contract.span());
    }

    private static Scenario withSettings(Scenario scenario, List<Setting> settings) {
        List<Step> steps = new ArrayList<>(settings);
        steps.addAll(scenario.steps());
        return new Scenario(scenario.name(), scenario.matrix(), steps, scenario.span());
    }
}
