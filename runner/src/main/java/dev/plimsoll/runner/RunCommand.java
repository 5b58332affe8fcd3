package dev.plimsoll.runner;

import dev.plimsoll.engine.Secrets;
import dev.plimsoll.runner.launch.ContractRun;
import dev.plimsoll.runner.launch.EngineParameters;
import dev.plimsoll.runner.launch.Glob;
import dev.plimsoll.runner.launch.RunOutcome;
import dev.plimsoll.runner.launch.RunSettings;
import dev.plimsoll.runner.report.ConsoleReporter;
import dev.plimsoll.runner.report.JunitXmlReport;
import dev.plimsoll.runner.report.Locations;
import dev.plimsoll.runner.report.MaskingWriter;
import dev.plimsoll.runner.report.Results;
import dev.plimsoll.runner.report.Style;
import dev.plimsoll.runner.report.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run contracts against real containers and report every check.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PathArguments paths;

    @Mixin
    OutputOptions output;

    @Mixin
    DockerOptions docker;

    @Mixin
    ShardOptions shard;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write all results as JUnit XML to FILE.")
    @Nullable
    Path junitXml;

    @Option(
            names = "--reports-dir",
            paramLabel = "DIR",
            description = "Also write one JUnit XML file per contract, TEST-<contract>.xml, into DIR.")
    @Nullable
    Path reportsDir;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            description = "Run up to N scenarios at once (default: one per CPU core; 1 runs them one by one).")
    @Nullable
    Integer parallel;

    @Option(
            names = "--filter",
            paramLabel = "GLOB",
            description = "Only checks whose name, scenario, contract or file matches GLOB (* and ?), "
                    + "e.g. --filter '*SIGTERM*'.")
    @Nullable
    String filter;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = "Give the variable $${NAME} a value (repeatable); wins over the environment.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(
            names = "--secret",
            paramLabel = "NAME",
            description =
                    "Never show the value of NAME (a variable, env or header name; repeatable): it prints as ***, "
                            + "like names containing PASSWORD, TOKEN, SECRET, KEY or Authorization.")
    List<String> secretNames = new ArrayList<>();

    @Option(names = "--fail-fast", description = "Stop after the first failure; later contracts are skipped.")
    boolean failFast;

    @Option(
            names = "--timeout-scale",
            paramLabel = "F",
            description = "Multiply every deadline by F, e.g. 2.5 on a slow CI machine (default: 1).")
    @Nullable
    Double timeoutScale;

    private final Wiring wiring;

    RunCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        Map<String, String> parameters = parameters();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> all = paths.contracts(wiring.workingDirectory());
        List<Path> contracts = shard.select(all, wiring.workingDirectory());
        if (contracts.isEmpty()) {
            err.println("plimsoll: " + shard.emptyNote(all.size()));
            return ExitCode.OK.code;
        }
        RunSettings settings = new RunSettings(
                wiring.engineId(), contracts, Optional.ofNullable(filter).map(Glob::of), parameters, failFast);
        return run(settings);
    }

    private int run(RunSettings settings) {
        // what the engine found (and registered) and what was given here: nothing is printed unmasked
        Secrets given = givenSecrets();
        Supplier<Secrets> secrets = () -> given.and(Secrets.registered());
        PrintWriter out = new PrintWriter(new MaskingWriter(spec.commandLine().getOut(), secrets), true);
        PrintWriter err = new PrintWriter(new MaskingWriter(spec.commandLine().getErr(), secrets), true);
        try {
            return run(settings, out, err, secrets);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(RunSettings settings, PrintWriter out, PrintWriter err, Supplier<Secrets> secrets) {
        Locations locations = new Locations(wiring.workingDirectory());
        Style style =
                output.colour(wiring.terminal(), wiring.noColorVariable().orElse(null)) ? Style.ANSI : Style.PLAIN;
        Results results = new Results();
        ConsoleReporter console = new ConsoleReporter(out, style, locations, results);
        Instant start = Instant.now();
        RunOutcome outcome = new ContractRun(settings)
                // The platform reports "finished" to listeners in reverse order: results must know first.
                .execute(List.of(console, results), results::anyFailed);
        Reporting reporting = new Reporting(err, filter, paths.orDefault());
        if (!(outcome instanceof RunOutcome.Executed executed)) {
            return reporting.notExecuted(outcome);
        }
        reporting.issues(executed.issues());
        JunitXmlReport xml = new JunitXmlReport(results, locations, secrets.get());
        Optional.ofNullable(junitXml).ifPresent(xml::writeAll);
        Optional.ofNullable(reportsDir).ifPresent(xml::writeEach);
        Optional<Throwable> noDocker = results.dockerUnavailable();
        if (noDocker.isPresent()) {
            return reporting.dockerUnavailable(noDocker.get());
        }
        new Summary(style, locations).print(out, results, Duration.between(start, Instant.now()));
        if (executed.stoppedEarly()) {
            out.println("stopped after the first failure (--fail-fast); later contracts were not run");
        }
        return results.anyFailed() ? ExitCode.CHECK_FAILED.code : ExitCode.OK.code;
    }

    private Secrets givenSecrets() {
        Set<String> marked = Set.copyOf(secretNames);
        return Secrets.of(variables.entrySet().stream()
                .filter(variable -> Secrets.isSecretName(variable.getKey(), marked))
                .map(Map.Entry::getValue)
                .toList());
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!secretNames.isEmpty()) {
            parameters.put(EngineParameters.SECRET_NAMES, String.join(",", secretNames));
        }
        variables.forEach((name, value) -> parameters.put(EngineParameters.VARIABLE_PREFIX + variable(name), value));
        docker.host().ifPresent(host -> parameters.put(EngineParameters.DOCKER_HOST, host));
        if (timeoutScale != null) {
            if (!(timeoutScale > 0) || timeoutScale.isInfinite()) throw usage("--timeout-scale must be above 0");
            parameters.put(EngineParameters.TIMEOUT_SCALE, timeoutScale.toString());
        }
        if (parallel != null && parallel < 1) throw usage("--parallel must be 1 or more");
        // Scenarios mostly wait on containers, so by default a run keeps every core busy.
        int threads = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
        if (threads > 1) {
            parameters.put(EngineParameters.PARALLEL_ENABLED, "true");
            parameters.put(EngineParameters.PARALLEL_STRATEGY, "fixed");
            parameters.put(EngineParameters.PARALLELISM, String.valueOf(threads));
        }
        return parameters;
    }

    private String variable(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw usage("--set needs NAME=VALUE with a variable name of letters, digits and _, not '" + name + "'");
        }
        return name;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
