package dev.plimsoll.engine.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.plimsoll.engine.descriptor.ContractDescriptor;
import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.engine.descriptor.ContractTree;
import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.discovery.UriSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * The last resolver of the chain, the only one that creates descriptors: a contract file or classpath resource
 * becomes its whole tree; a line or a unique id inside it selects that part, and the rest is pruned afterwards. A
 * contract with errors is reported as a discovery issue and contributes no tests.
 */
final class ContractSelectorResolver implements SelectorResolver {
    private final DiscoveryIssueReporter issues;
    private final Map<String, Optional<ParseResult>> parsed = new HashMap<>();

    ContractSelectorResolver(DiscoveryIssueReporter issues) {
        this.issues = issues;
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path path = selector.getPath();
        if (!ContractFiles.isContract(path) || !Files.isRegularFile(path)) {
            return Resolution.unresolved();
        }
        ContractLocation location = ContractLocation.ofFile(path);
        return resolve(location, () -> read(path), selector.getPosition(), context);
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = selector.getClasspathResourceName();
        if (!ContractFiles.isContract(name)) {
            return contractsInFolder(name);
        }
        Set<Resource> resources = selector.getResources();
        if (resources.isEmpty()) {
            return Resolution.unresolved();
        }
        Resource resource = resources.iterator().next();
        ContractLocation location = ContractLocation.ofClasspathResource(name, resource.getUri());
        return resolve(location, () -> read(resource), selector.getPosition(), context);
    }

    @Override
    public Resolution resolve(UriSelector selector, Context context) {
        if (!"file".equals(selector.getUri().getScheme())) {
            return Resolution.unresolved();
        }
        Path path = Path.of(selector.getUri().getPath());
        Optional<FilePosition> line = LineQuery.of(selector.getUri());
        return Resolution.selectors(Set.of(line.map(position -> selectFile(path.toString(), position))
                .orElseGet(() -> selectFile(path.toString()))));
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        if (id.getSegments().size() < 2) {
            return Resolution.unresolved();
        }
        UniqueId.Segment segment = id.getSegments().get(1);
        if (!segment.getType().equals("contract")) {
            return Resolution.unresolved();
        }
        String key = segment.getValue();
        if (key.startsWith("classpath:")) {
            return resolveResourceById(key, id, context);
        }
        Path path = Path.of(key);
        if (!Files.isRegularFile(path)) {
            return Resolution.unresolved();
        }
        return resolveById(ContractLocation.ofFile(path), () -> read(path), id, context);
    }

    private Resolution resolveResourceById(String key, UniqueId id, Context context) {
        String name = key.substring("classpath:".length());
        Set<Resource> resources =
                ResourceSupport.tryToGetResources(name).toOptional().orElse(Set.of());
        if (resources.isEmpty()) {
            return Resolution.unresolved();
        }
        Resource resource = resources.iterator().next();
        return resolveById(
                ContractLocation.ofClasspathResource(name, resource.getUri()), () -> read(resource), id, context);
    }

    private Resolution resolveById(ContractLocation location, Supplier<String> text, UniqueId id, Context context) {
        Optional<ContractDescriptor> contract = contract(location, text, context);
        Optional<? extends TestDescriptor> node = contract.flatMap(root -> root.findByUniqueId(id));
        if (node.isEmpty()) {
            return Resolution.unresolved();
        }
        contract.get().select(node.get());
        return Resolution.match(Match.exact(node.get()));
    }

    private Resolution resolve(
            ContractLocation location, Supplier<String> text, Optional<FilePosition> position, Context context) {
        Optional<ContractDescriptor> contract = contract(location, text, context);
        if (contract.isEmpty()) {
            return Resolution.unresolved();
        }
        ContractDescriptor root = contract.get();
        Set<TestDescriptor> nodes = position.map(p -> root.nodesAt(p.getLine())).orElse(Set.of(root));
        nodes.forEach(root::select);
        return Resolution.matches(nodes.stream().map(Match::exact).collect(Collectors.toSet()));
    }

    /** The contract's tree under the engine, made once; empty (and reported) when the contract has errors. */
    private Optional<ContractDescriptor> contract(ContractLocation location, Supplier<String> text, Context context) {
        Optional<ParseResult> result = parsed.computeIfAbsent(location.key(), key -> parse(location, text));
        if (result.isEmpty()) {
            return Optional.empty();
        }
        return context.addToParent(
                parent -> Optional.of(parent.findByUniqueId(parent.getUniqueId().append("contract", location.key()))
                        .map(ContractDescriptor.class::cast)
                        .orElseGet(() -> ContractTree.build(parent.getUniqueId(), location, result.get()))));
    }

    private Optional<ParseResult> parse(ContractLocation location, Supplier<String> text) {
        ParseResult result = Contracts.parse(location.displayName(), text.get());
        if (!result.hasErrors() && result.contract().isPresent()) {
            return Optional.of(result);
        }
        int line = result.diagnostics().stream()
                .filter(Diagnostic::isError)
                .findFirst()
                .map(diagnostic -> diagnostic.span().line())
                .orElse(1);
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, result.render())
                .source(location.source(line)));
        return Optional.empty();
    }

    private static Resolution contractsInFolder(String folder) {
        String packageName = folder.replace('/', '.').replaceAll("^\\.+|\\.+$", "");
        Set<ClasspathResourceSelector> selectors = ResourceSupport.findAllResourcesInPackage(
                        packageName, ResourceFilter.of(resource -> ContractFiles.isContract(resource.getName())))
                .stream()
                .map(resource -> selectClasspathResource(resource.getName()))
                .collect(Collectors.toSet());
        return selectors.isEmpty() ? Resolution.unresolved() : Resolution.selectors(selectors);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource.getName(), e);
        }
    }
}
