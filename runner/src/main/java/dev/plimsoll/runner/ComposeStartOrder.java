package dev.plimsoll.runner;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ServiceSubject;
import dev.plimsoll.grammar.compose.ComposeBuild;
import dev.plimsoll.grammar.compose.ComposeContracts;
import dev.plimsoll.grammar.compose.ComposeProject;
import dev.plimsoll.grammar.compose.ComposeService;
import dev.plimsoll.grammar.compose.ContainerPort;
import dev.plimsoll.grammar.compose.Dependency;
import dev.plimsoll.grammar.compose.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Compose services of a contract with {@code services from}, one line each in the order a scenario starts
 * them (the subject last): what each is built or pulled from, its container ports and what it waits for.
 * Reads files only; a contract whose Compose files have problems shows none (run and check report them).
 */
final class ComposeStartOrder {
    private ComposeStartOrder() {}

    static List<String> lines(Path contractFile) {
        ParseResult parsed = Contracts.parse(contractFile, DisplayPaths.of(contractFile));
        Optional<Contract> contract = parsed.contract();
        if (contract.isEmpty() || contract.get().compose().isEmpty()) {
            return List.of();
        }
        Path directory = contractFile.toAbsolutePath().normalize().getParent();
        Optional<ComposeProject> project = ComposeContracts.check(
                        contract.get(), directory == null ? Path.of("") : directory, Map.of(), System.getenv())
                .flatMap(ComposeContracts.Checked::project);
        if (project.isEmpty()) {
            return List.of();
        }
        Optional<String> subject = contract.get()
                .subject()
                .filter(ServiceSubject.class::isInstance)
                .map(s -> ((ServiceSubject) s).service());
        List<String> lines = new ArrayList<>();
        for (ComposeService service : project.get().services()) {
            if (subject.filter(service.name()::equals).isEmpty()) {
                lines.add(line("service", service, contract.get()));
            }
        }
        subject.flatMap(project.get()::service).ifPresent(s -> lines.add(line("subject", s, contract.get())));
        return lines;
    }

    private static String line(String role, ComposeService service, Contract contract) {
        StringBuilder out =
                new StringBuilder(role).append(' ').append(service.name()).append(": ");
        out.append(source(service));
        if (!service.ports().isEmpty()) {
            out.append(", ports ")
                    .append(String.join(
                            " ",
                            service.ports().stream()
                                    .map(ComposeStartOrder::port)
                                    .toList()));
        }
        if (!service.dependsOn().isEmpty()) {
            out.append(", after ")
                    .append(String.join(
                            ", ",
                            service.dependsOn().stream()
                                    .map(ComposeStartOrder::dependency)
                                    .toList()));
        }
        if (contract.services().stream().anyMatch(s -> s.name().equals(service.name()))) {
            out.append(" (replaced by the contract's own service block)");
        }
        return out.toString();
    }

    private static String source(ComposeService service) {
        Optional<ComposeBuild> build = service.build();
        if (build.isPresent()) {
            return "build " + DisplayPaths.of(build.get().context())
                    + build.get().target().map(t -> " target " + t).orElse("");
        }
        return "image " + service.image().map(Value::text).orElse("?");
    }

    private static String port(ContainerPort port) {
        return port.protocol().equals("tcp") ? String.valueOf(port.port()) : port.port() + "/" + port.protocol();
    }

    private static String dependency(Dependency dependency) {
        String condition =
                switch (dependency.condition()) {
                    case SERVICE_STARTED -> "started";
                    case SERVICE_HEALTHY -> "healthy";
                    case SERVICE_COMPLETED_SUCCESSFULLY -> "exited 0";
                };
        return dependency.service() + " " + condition;
    }
}
