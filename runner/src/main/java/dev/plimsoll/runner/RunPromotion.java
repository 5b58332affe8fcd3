package dev.plimsoll.runner;

import dev.plimsoll.engine.descriptor.ContractDescriptor;
import dev.plimsoll.engine.docker.ImageName;
import dev.plimsoll.runner.docker.DockerTasks;
import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import dev.plimsoll.runner.promote.PromotionReport;
import dev.plimsoll.runner.report.Locations;
import dev.plimsoll.runner.report.Results;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;

/**
 * {@code run --promote}: after a run in which every check held, pushes the image each contract ran against (the
 * id the engine reported, not a name that may have moved since). An {@code image "acme/greeter:1.4"} subject
 * keeps its repository path; a {@code build} subject is named after its contract file ({@code greeter.contract}
 * gives {@code greeter}).
 */
final class RunPromotion {

    private final PromoteOptions options;
    private final List<String> tags;
    private final DockerTasks docker;
    private final Optional<String> dockerHost;
    private final Locations locations;
    private final Map<String, List<Map.Entry<String, String>>> properties = new HashMap<>();

    RunPromotion(
            PromoteOptions options,
            List<String> tags,
            DockerTasks docker,
            Optional<String> dockerHost,
            Locations locations) {
        this.options = options;
        this.tags = List.copyOf(tags);
        this.docker = docker;
        this.dockerHost = dockerHost;
        this.locations = locations;
    }

    /** Promotes every contract's image and returns the exit code: OK, or the first problem's. */
    int promote(Results results, PrintWriter out, PrintWriter err) {
        int exit = ExitCode.OK.code;
        Set<PromotionOrder> done = new HashSet<>();
        for (TestIdentifier contract : results.contracts()) {
            Optional<String> image = entry(results, contract, ContractDescriptor.IMAGE_ENTRY);
            if (image.isEmpty()) {
                continue; // nothing of it ran: no image was tested
            }
            ImageName name = entry(results, contract, ContractDescriptor.REFERENCE_ENTRY)
                    .flatMap(ImageName::parse)
                    .orElseGet(() -> nameOf(locations.file(contract)));
            PromotionOrder order = new PromotionOrder(image.get(), options.targets(name, tags), options.dryRun);
            out.println("promoting " + locations.file(contract) + " (image " + image.get() + ")");
            if (!done.add(order)) {
                out.println("already pushed above");
                continue;
            }
            Promotion promotion = docker.promote(order, dockerHost);
            properties.put(contract.getUniqueId(), PromotionReport.properties(promotion));
            int code = PromoteCommand.report(promotion, out, err);
            if (exit == ExitCode.OK.code) {
                exit = code;
            }
        }
        return exit;
    }

    /** The JUnit XML properties of each contract (by unique id): what was pushed where. */
    Map<String, List<Map.Entry<String, String>>> properties() {
        return Map.copyOf(properties);
    }

    private static Optional<String> entry(Results results, TestIdentifier contract, String key) {
        List<String> values = new ArrayList<>();
        for (ReportEntry entry : results.entries(contract)) {
            Optional.ofNullable(entry.getKeyValuePairs().get(key)).ifPresent(values::add);
        }
        return values.stream().reduce((first, last) -> last);
    }

    /** {@code specs/greeter/greeter.contract} gives {@code greeter}, in the characters a repository allows. */
    static ImageName nameOf(String contractFile) {
        Path fileName = Path.of(contractFile).getFileName();
        String base = (fileName == null ? contractFile : fileName.toString()).replaceAll("\\.contract$", "");
        String path = base.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        return ImageName.parse(path.isEmpty() ? "image" : path).orElseThrow();
    }
}
