package dev.plimsoll.runner;

import dev.plimsoll.engine.Secrets;
import dev.plimsoll.engine.docker.LiveRuns;
import dev.plimsoll.engine.docker.RemovalCounts;
import dev.plimsoll.runner.docker.Removed;
import dev.plimsoll.runner.launch.ContractRun;
import dev.plimsoll.runner.launch.EngineParameters;
import dev.plimsoll.runner.launch.Glob;
import dev.plimsoll.runner.launch.RunOutcome;
import dev.plimsoll.runner.launch.RunSettings;
import dev.plimsoll.runner.promote.Tags;
import dev.plimsoll.runner.report.ConsoleReporter;
import dev.plimsoll.runner.report.HtmlReport;
import dev.plimsoll.runner.report.JunitXmlReport;
import dev.plimsoll.runner.report.Locations;
import dev.plimsoll.runner.report.MaskingWriter;
import dev.plimsoll.runner.report.Results;
import dev.plimsoll.runner.report.Style;
import dev.plimsoll.runner.report.Summary;
import dev.plimsoll.runner.report.Tally;
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
        versionProvider = VersionProvider.class,
        description = "Run contracts against real containers and report every check; with --promote, "
                + "push each contract's image once every check held.")
final class RunCommand implements Callable<Integer> {
    // No --version here: with --promote it is the version to tag. plimsoll --version prints plimsoll's.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = "-V", versionHelp = true, description = "Print version information and exit.")
    boolean versionHelp;

    @Spec
    CommandSpec spec;

    @Mixin
    PathArguments paths;

    @Mixin
    OutputOptions output;

    @Mixin
    DockerOptions docker;

    @Mixin
    ReachOptions reach;

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
            names = "--html-report",
            paramLabel = "DIR",
            description = "Also write DIR/index.html: one page (no network needed) with a timeline of the scenarios "
                    + "and their containers, every step with its message, and the log tails.")
    @Nullable
    Path htmlReport;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            description = "Run up to N scenarios at once (default: one per CPU core, at least 2; 1 runs them one by "
                    + "one).")
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

    /** How long an interruption waits for creations in flight, then for the removals. */
    private static final Duration INTERRUPT_DRAIN = Duration.ofSeconds(2);

    private static final Duration INTERRUPT_REMOVAL = Duration.ofSeconds(6);

    @Option(
            names = "--promote",
            description = "After a run in which every check held (and --fail-fast stopped nothing), tag and push "
                    + "each contract's image as the options below say.")
    boolean promoteAfterPass;

    @Mixin
    PromoteOptions promote;

    private final Wiring wiring;

    RunCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        org.slf4j.LoggerFactory.getLogger(RunCommand.class).debug(JvmHeap.describe());
        Map<String, String> parameters = parameters();
        Optional<RunPromotion> promotion = promotion();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> all = paths.contracts(wiring.workingDirectory());
        List<Path> contracts = shard.select(all, wiring.workingDirectory());
        if (contracts.isEmpty()) {
            err.println("plimsoll: " + shard.emptyNote(all.size()));
            return ExitCode.OK.code;
        }
        RunSettings settings = new RunSettings(
                wiring.engineId(), contracts, Optional.ofNullable(filter).map(Glob::of), parameters, failFast);
        return run(settings, promotion);
    }

    /** Checked before anything runs: a bad version must not cost a whole run. */
    private Optional<RunPromotion> promotion() {
        if (!promoteAfterPass) {
            if (promote.given()) throw usage("--version, --tag, --registry and the like need --promote");
            return Optional.empty();
        }
        if (filter != null) throw usage("--promote needs every check of the contracts: not with --filter");
        Tags.Computed tags = promote.tagList();
        if (tags instanceof Tags.Refused refused) throw usage(refused.reason());
        return Optional.of(new RunPromotion(
                promote,
                ((Tags.Listed) tags).tags(),
                wiring.docker(),
                docker.host(),
                new Locations(wiring.workingDirectory())));
    }

    private int run(RunSettings settings, Optional<RunPromotion> promotion) {
        // what the engine found (and registered) and what was given here: nothing is printed unmasked
        Secrets given = givenSecrets();
        Supplier<Secrets> secrets = () -> given.and(Secrets.registered());
        PrintWriter out = new PrintWriter(new MaskingWriter(spec.commandLine().getOut(), secrets), true);
        PrintWriter err = new PrintWriter(new MaskingWriter(spec.commandLine().getErr(), secrets), true);
        try {
            return run(settings, promotion, out, err, secrets);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(
            RunSettings settings,
            Optional<RunPromotion> promotion,
            PrintWriter out,
            PrintWriter err,
            Supplier<Secrets> secrets) {
        Locations locations = new Locations(wiring.workingDirectory());
        Style style =
                output.colour(wiring.terminal(), wiring.noColorVariable().orElse(null)) ? Style.ANSI : Style.PLAIN;
        Results results = new Results();
        ConsoleReporter console = new ConsoleReporter(out, style, locations, results);
        Instant start = Instant.now();
        InterruptHandler signals = new InterruptHandler(
                err,
                (signal, code) -> interrupted(
                        signal, code, new Interrupted(console, results, style, locations, start, out, err, secrets)),
                LiveRuns::runIds,
                code -> {
                    out.flush();
                    err.flush();
                    Runtime.getRuntime().halt(code);
                });
        signals.install();
        RunOutcome outcome;
        try {
            outcome = new ContractRun(settings)
                    // The platform reports "finished" to listeners in reverse order: results must know first.
                    .execute(List.of(console, results), results::anyFailed);
        } finally {
            signals.uninstall();
        }
        Reporting reporting = new Reporting(err, filter, paths.orDefault());
        if (!(outcome instanceof RunOutcome.Executed executed)) {
            return reporting.notExecuted(outcome);
        }
        reporting.issues(executed.issues());
        Optional<Throwable> noDocker = results.dockerUnavailable();
        int exit = results.anyFailed() ? ExitCode.CHECK_FAILED.code : ExitCode.OK.code;
        if (noDocker.isEmpty()) {
            new Summary(style, locations).print(out, results, Duration.between(start, Instant.now()));
            if (executed.stoppedEarly()) {
                out.println("stopped after the first failure (--fail-fast); later contracts were not run");
            }
            if (promotion.isPresent()) {
                exit = promote(promotion.get(), results, exit, out, err);
            }
        }
        JunitXmlReport xml = new JunitXmlReport(
                results,
                locations,
                secrets.get(),
                promotion.map(RunPromotion::properties).orElse(Map.of()));
        Optional.ofNullable(junitXml).ifPresent(xml::writeAll);
        Optional.ofNullable(reportsDir).ifPresent(xml::writeEach);
        if (htmlReport != null) {
            Path page = new HtmlReport(results, locations, secrets).write(htmlReport);
            if (noDocker.isEmpty()) out.println("HTML report: " + locations.show(page));
        }
        return noDocker.isPresent() ? reporting.dockerUnavailable(noDocker.get()) : exit;
    }

    /** Every check must have held: a skipped or aborted one (also what --fail-fast did not run) did not. */
    private int promote(RunPromotion promotion, Results results, int exit, PrintWriter out, PrintWriter err) {
        Tally tally = results.tally();
        if (exit != ExitCode.OK.code || tally.passed() != tally.total()) {
            out.println("not promoted: " + tally.passed() + " of " + tally.total()
                    + " checks held and promotion needs every one, so nothing was tagged or pushed");
            return exit;
        }
        return promotion.promote(results, out, err);
    }

    private Secrets givenSecrets() {
        Set<String> marked = Set.copyOf(secretNames);
        return Secrets.of(variables.entrySet().stream()
                .filter(variable -> Secrets.isSecretName(variable.getKey(), marked))
                .map(Map.Entry::getValue)
                .toList());
    }

    /** What a signal stops. */
    private record Interrupted(
            ConsoleReporter console,
            Results results,
            Style style,
            Locations locations,
            Instant start,
            PrintWriter out,
            PrintWriter err,
            Supplier<Secrets> secrets) {}

    /**
     * After the first SIGINT, SIGTERM or SIGHUP: the results stay as they are, nothing new starts, what the run
     * made is removed, and what it has is reported.
     */
    private int interrupted(String signal, int code, Interrupted run) {
        PrintWriter out = run.out();
        PrintWriter err = run.err();
        Instant at = Instant.now();
        run.results().freeze(signal);
        run.console().silence();
        Summary summary = new Summary(run.style(), run.locations());
        summary.printInterrupted(out, run.results(), signal, at);
        List<LiveRuns.Interrupted> removals = LiveRuns.interruptAll(INTERRUPT_DRAIN, INTERRUPT_REMOVAL);
        summary.print(out, run.results(), Duration.between(run.start(), Instant.now()));
        JunitXmlReport xml =
                new JunitXmlReport(run.results(), run.locations(), run.secrets().get());
        try {
            Optional.ofNullable(junitXml).ifPresent(xml::writeAll);
            Optional.ofNullable(reportsDir).ifPresent(xml::writeEach);
            if (htmlReport != null) {
                new HtmlReport(run.results(), run.locations(), run.secrets()).write(htmlReport);
            }
        } catch (RuntimeException e) {
            err.println("plimsoll: " + e.getMessage());
        }
        for (LiveRuns.Interrupted removal : removals) {
            if (removal.removed().isPresent()) {
                RemovalCounts removed = removal.removed().get();
                out.println("stopped by " + signal + "; removed "
                        + Removed.describe(removed.containers(), removed.networks(), removed.volumes()) + " of run "
                        + removal.runId());
            } else {
                err.println("plimsoll: could not remove everything of run " + removal.runId() + " ("
                        + removal.problem() + "); the reaper removes it within seconds, or: plimsoll clean --run "
                        + removal.runId());
            }
        }
        if (removals.isEmpty()) out.println("stopped by " + signal);
        out.flush();
        return code;
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!secretNames.isEmpty()) {
            parameters.put(EngineParameters.SECRET_NAMES, String.join(",", secretNames));
        }
        variables.forEach((name, value) -> parameters.put(EngineParameters.VARIABLE_PREFIX + variable(name), value));
        docker.host().ifPresent(host -> parameters.put(EngineParameters.DOCKER_HOST, host));
        reach.addTo(parameters);
        if (timeoutScale != null) {
            if (!(timeoutScale > 0) || timeoutScale.isInfinite()) throw usage("--timeout-scale must be above 0");
            parameters.put(EngineParameters.TIMEOUT_SCALE, timeoutScale.toString());
        }
        if (parallel != null && parallel < 1) throw usage("--parallel must be 1 or more");
        int threads = parallel != null
                ? parallel
                : defaultParallelism(Runtime.getRuntime().availableProcessors());
        if (threads > 1) {
            parameters.put(EngineParameters.PARALLEL_ENABLED, "true");
            parameters.put(EngineParameters.PARALLEL_STRATEGY, "fixed");
            parameters.put(EngineParameters.PARALLELISM, String.valueOf(threads));
        }
        return parameters;
    }

    /**
     * Scenarios mostly wait on containers, and the next one is prepared while one runs, so two at once already keep a
     * small machine busy: on 2 cores, every spec ran 3.1× slower one by one, and no faster at 3, 4 or 6 than at 2
     * (scripts/bench-parallel). So one per core, and at least two.
     */
    static int defaultParallelism(int cores) {
        return Math.max(2, cores);
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
