package dev.plimsoll.engine.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.plimsoll.engine.descriptor.ContractDescriptor;
import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.engine.descriptor.ContractTree;
import dev.plimsoll.engine.descriptor.InvalidContractDescriptor;
import dev.plimsoll.engine.descriptor.InvalidContractDescriptor.InvalidContractException;
import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
 * contract with errors is reported as a discovery issue and stands as one failing test.
 */
final class ContractSelectorResolver implements SelectorResolver {
    private final DiscoveryIssueReporter issues;
    private final Map<String, ParseResult> parsed = new HashMap<>();

    private final Variables variables;

    private final ComposeExpansion compose;

    ContractSelectorResolver(DiscoveryIssueReporter issues, Variables variables, Map<String, String> set) {
        this.compose = new ComposeExpansion(set);
        this.issues = issues;
        this.variables = variables;
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path path = selector.getPath();
        if (!ContractFiles.isContract(path) || !Files.isRegularFile(path)) {
            return Resolution.unresolved();
        }
        ContractLocation location = ContractLocation.ofFile(path);
        return resolve(location, () -> Contracts.parse(path, location.displayName()), selector.getPosition(), context);
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
        return resolve(
                location,
                () -> Contracts.parse(location.displayName(), read(resource)),
                selector.getPosition(),
                context);
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
        if (!segment.getType().equals(ContractDescriptor.SEGMENT)) {
            return Resolution.unresolved();
        }
        String key = segment.getValue();
        Optional<String> resourceName = ContractLocation.classpathResourceName(key);
        if (resourceName.isPresent()) {
            return resolveResourceById(resourceName.get(), id, context);
        }
        Path path = Path.of(key);
        if (!Files.isRegularFile(path)) {
            return Resolution.unresolved();
        }
        ContractLocation location = ContractLocation.ofFile(path);
        return resolveById(location, () -> Contracts.parse(path, location.displayName()), id, context);
    }

    private Resolution resolveResourceById(String name, UniqueId id, Context context) {
        Set<Resource> resources =
                ResourceSupport.tryToGetResources(name).toOptional().orElse(Set.of());
        if (resources.isEmpty()) {
            return Resolution.unresolved();
        }
        Resource resource = resources.iterator().next();
        ContractLocation location = ContractLocation.ofClasspathResource(name, resource.getUri());
        return resolveById(location, () -> Contracts.parse(location.displayName(), read(resource)), id, context);
    }

    private Resolution resolveById(
            ContractLocation location, Supplier<ParseResult> parse, UniqueId id, Context context) {
        Optional<ContractDescriptor> contract = contract(location, parse, context);
        Optional<? extends TestDescriptor> node = contract.flatMap(root -> root.findByUniqueId(id));
        if (node.isEmpty()) {
            return Resolution.unresolved();
        }
        contract.get().select(node.get());
        return Resolution.match(Match.exact(node.get()));
    }

    private Resolution resolve(
            ContractLocation location, Supplier<ParseResult> parse, Optional<FilePosition> position, Context context) {
        Optional<ContractDescriptor> contract = contract(location, parse, context);
        if (contract.isEmpty()) {
            return Resolution.unresolved();
        }
        ContractDescriptor root = contract.get();
        Set<TestDescriptor> nodes = position.map(p -> root.nodesAt(p.getLine())).orElse(Set.of(root));
        nodes.forEach(root::select);
        return Resolution.matches(nodes.stream().map(Match::exact).collect(Collectors.toSet()));
    }

    /**
     * The contract's tree under the engine, made once. A contract with errors, or with a {@code ${NAME}} that
     * nothing defines, is reported as a discovery issue and stands in the tree as one failing test; it yields no
     * descriptor to select in.
     */
    private Optional<ContractDescriptor> contract(
            ContractLocation location, Supplier<ParseResult> parse, Context context) {
        ParseResult written = parsed.computeIfAbsent(location.key(), key -> parse.get());
        ComposeExpansion.Expanded expanded = compose.expand(location, written);
        if (expanded.result().isEmpty()) {
            context.addToParent(parent ->
                    parent.findByUniqueId(contractId(parent, location)).isPresent()
                            ? Optional.empty()
                            : Optional.of(invalid(parent, location, expanded.problems(), expanded.line())));
            return Optional.empty();
        }
        ParseResult result = expanded.result().get();
        List<Diagnostic> problems = problems(result);
        if (!problems.isEmpty()) {
            context.addToParent(parent ->
                    parent.findByUniqueId(contractId(parent, location)).isPresent()
                            ? Optional.empty()
                            : Optional.of(invalid(parent, location, result, problems)));
            return Optional.empty();
        }
        return context.addToParent(parent -> Optional.of(parent.findByUniqueId(contractId(parent, location))
                .map(ContractDescriptor.class::cast)
                .orElseGet(() -> ContractTree.build(parent.getUniqueId(), location, result))));
    }

    private static UniqueId contractId(TestDescriptor parent, ContractLocation location) {
        return parent.getUniqueId().append(ContractDescriptor.SEGMENT, location.key());
    }

    /** The syntax and validation errors; for a valid contract, the variables nothing defines. */
    private List<Diagnostic> problems(ParseResult result) {
        if (result.hasErrors() || result.contract().isEmpty()) {
            return result.diagnostics();
        }
        return Contracts.undefinedVariables(result.contract().get(), variables);
    }

    private TestDescriptor invalid(
            TestDescriptor parent, ContractLocation location, ParseResult result, List<Diagnostic> problems) {
        int line = problems.stream()
                .filter(Diagnostic::isError)
                .findFirst()
                .map(diagnostic -> diagnostic.span().line())
                .orElse(1);
        DiagnosticRenderer renderer = new DiagnosticRenderer(result.source());
        String rendered = problems.stream().map(renderer::render).collect(Collectors.joining("\n"));
        return invalid(parent, location, rendered, line);
    }

    private TestDescriptor invalid(TestDescriptor parent, ContractLocation location, String rendered, int line) {
        // A warning, not an error: an error would stop the platform from running the other contracts.
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, rendered)
                .source(location.source(line))
                .cause(new InvalidContractException(rendered)));
        return new InvalidContractDescriptor(parent.getUniqueId(), location, rendered, line);
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

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource.getName(), e);
        }
    }
}
