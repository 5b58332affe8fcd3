package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.ast.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads Compose files as {@code docker compose -f a -f b} does: {@code .env} beside the first file, each file
 * read and interpolated, its {@code extends} resolved, the files merged in order, profiles applied, services
 * typed and ordered by their dependencies. Never throws for bad input: every problem is a located diagnostic.
 */
public final class ComposeLoader {
    private final ComposeRequest request;
    private final Report report = new Report();
    private final Map<Path, String> sources = new LinkedHashMap<>();
    private final Map<Path, Optional<Yaml.Mapping>> extendedFiles = new HashMap<>();
    private final Function<String, Optional<String>> variables;

    private ComposeLoader(ComposeRequest request, Map<String, String> dotEnv) {
        this.request = request;
        this.variables = name -> Optional.ofNullable(request.set().get(name))
                .or(() -> Optional.ofNullable(request.environment().get(name)))
                .or(() -> Optional.ofNullable(dotEnv.get(name)));
    }

    public static ComposeResult load(ComposeRequest request) {
        if (request.files().isEmpty()) {
            throw new IllegalArgumentException("no Compose file to load"); // the grammar requires one
        }
        Path projectDirectory = directoryOf(request.files().get(0));
        Path dotEnvFile = projectDirectory.resolve(".env");
        Optional<String> dotEnvText = Files.isRegularFile(dotEnvFile) ? readQuietly(dotEnvFile) : Optional.empty();
        Map<String, String> outside = new HashMap<>(request.environment());
        outside.putAll(request.set());
        DotEnv.Read dotEnv = DotEnv.parse(dotEnvText.orElse(""), name -> Optional.ofNullable(outside.get(name)));
        ComposeLoader loader = new ComposeLoader(request, dotEnv.values());
        dotEnv.diagnostics().forEach(d -> loader.report.add(new ComposeDiagnostic(dotEnvFile, d)));
        dotEnvText.ifPresent(text -> loader.sources.put(dotEnvFile, text));
        return loader.load(projectDirectory);
    }

    private ComposeResult load(Path projectDirectory) {
        Optional<Yaml.Mapping> merged = Optional.empty();
        for (Path file : request.files()) {
            Optional<Yaml.Mapping> top = readFile(file, projectDirectory);
            if (top.isEmpty()) {
                continue;
            }
            merged = Optional.of(
                    merged.map(m -> ComposeMerger.mappings(m, top.get())).orElse(top.get()));
        }
        if (merged.isEmpty() || report.hasErrors()) {
            return new ComposeResult(Optional.empty(), report.diagnostics(), sources);
        }
        Optional<ComposeProject> project = project(merged.get());
        return new ComposeResult(report.hasErrors() ? Optional.empty() : project, report.diagnostics(), sources);
    }

    /** One file's top level, with version 1 layout lifted under {@code services:} and {@code extends} resolved. */
    private Optional<Yaml.Mapping> readFile(Path file, Path baseDirectory) {
        Optional<String> text = readQuietly(file);
        if (text.isEmpty()) {
            report.error("cannot read Compose file", new Origin(file, baseDirectory, Span.of(1, 1, 1)));
            return Optional.empty();
        }
        sources.put(file, text.get());
        Optional<Yaml> yaml = new YamlReader(file, baseDirectory, variables, report::add).read(text.get());
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        if (!(yaml.get() instanceof Yaml.Mapping mapping)) {
            report.error(
                    "a Compose file is a mapping with 'services:'", yaml.get().origin());
            return Optional.empty();
        }
        Yaml.Mapping top = TopLevel.normalize(mapping, report);
        Optional<Yaml> services = top.get("services");
        if (services.isPresent() && services.get() instanceof Yaml.Mapping s) {
            Extends extend = new Extends(this::servicesOf, report);
            top = top.with(new Yaml.Entry(top.entry("services").orElseThrow().key(), extend.resolve(s, file)));
        }
        return Optional.of(top);
    }

    /** Another file's services for {@code extends}, its relative paths relative to itself. */
    private Optional<Yaml.Mapping> servicesOf(Path file) {
        if (!extendedFiles.containsKey(file)) {
            extendedFiles.put(file, Optional.empty()); // a file that extends itself back stops here
            Optional<Yaml.Mapping> services = readFile(file, directoryOf(file))
                    .flatMap(top -> top.get("services"))
                    .filter(Yaml.Mapping.class::isInstance)
                    .map(Yaml.Mapping.class::cast);
            extendedFiles.put(file, services);
        }
        return extendedFiles.get(file);
    }

    private Optional<ComposeProject> project(Yaml.Mapping top) {
        Map<String, Origin> volumes = TopLevel.volumes(top, report);
        MountReader mounts = new MountReader(volumes.keySet(), request.dockerSocketAllowed(), report);
        EnvFiles envFiles = new EnvFiles(variables, report, sources::put);
        ServiceReader reader = new ServiceReader(variables, report, mounts, envFiles);
        List<ComposeService> active = new ArrayList<>();
        Map<String, List<String>> inactive = new LinkedHashMap<>();
        Yaml.Mapping services = top.get("services")
                .filter(Yaml.Mapping.class::isInstance)
                .map(Yaml.Mapping.class::cast)
                .orElse(new Yaml.Mapping(List.of(), top.origin(), Yaml.MergeTag.MERGE));
        for (Yaml.Entry entry : services.entries()) {
            Optional<ComposeService> service = reader.read(entry);
            if (service.isEmpty()) {
                continue;
            }
            List<String> profiles = service.get().profiles();
            if (profiles.isEmpty() || profiles.stream().anyMatch(request.profiles()::contains)) {
                active.add(service.get());
            } else {
                inactive.put(service.get().name(), profiles);
            }
        }
        List<ComposeService> ordered = new DependencyOrder(active, inactive, report).order();
        return Optional.of(new ComposeProject(ordered, volumes, request.files()));
    }

    static Path directoryOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent == null ? absolute : parent;
    }

    private static Optional<String> readQuietly(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
