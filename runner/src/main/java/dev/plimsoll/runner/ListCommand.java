package dev.plimsoll.runner;

import dev.plimsoll.runner.launch.ContractRun;
import dev.plimsoll.runner.launch.Glob;
import dev.plimsoll.runner.launch.RunOutcome;
import dev.plimsoll.runner.launch.RunSettings;
import dev.plimsoll.runner.report.Locations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the checks that 'run' would run, as a tree with file:line, without running them; for"
                + " 'services from', the Compose services in the order they start.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PathArguments paths;

    @Mixin
    OutputOptions output;

    @Mixin
    ShardOptions shard;

    @Option(names = "--filter", paramLabel = "GLOB", description = "Only checks 'run --filter GLOB' would run.")
    @Nullable
    String filter;

    private final Wiring wiring;

    ListCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> all = paths.contracts(wiring.workingDirectory());
        List<Path> contracts = shard.select(all, wiring.workingDirectory());
        if (contracts.isEmpty()) {
            err.println("plimsoll: " + shard.emptyNote(all.size()));
            return ExitCode.OK.code;
        }
        RunSettings settings = new RunSettings(
                wiring.engineId(), contracts, Optional.ofNullable(filter).map(Glob::of), Map.of(), false);
        RunOutcome outcome = new ContractRun(settings).discover();
        Reporting reporting = new Reporting(err, filter, paths.orDefault());
        if (!(outcome instanceof RunOutcome.Discovered discovered)) {
            return reporting.notExecuted(outcome);
        }
        reporting.issues(discovered.issues());
        discovered.plans().forEach(this::print);
        return ExitCode.OK.code;
    }

    private void print(TestPlan plan) {
        new Tree(spec.commandLine().getOut(), plan, new Locations(wiring.workingDirectory())).print();
    }

    /** Contracts at the left margin, their scenarios and checks below with box-drawing branches. */
    private record Tree(PrintWriter out, TestPlan plan, Locations locations) {

        void print() {
            List<TestIdentifier> contracts = plan.getRoots().stream()
                    .flatMap(root -> plan.getChildren(root).stream())
                    .toList();
            for (TestIdentifier contract : contracts) {
                out.println(locations.file(contract));
                composeServices(contract);
                children(contract, "");
            }
            long checks = plan.countTestIdentifiers(TestIdentifier::isTest);
            out.println(checks + (checks == 1 ? " check" : " checks") + " in " + contracts.size()
                    + (contracts.size() == 1 ? " contract" : " contracts"));
            out.flush();
        }

        /** For {@code services from}: the Compose services in the order a scenario starts them. */
        private void composeServices(TestIdentifier contract) {
            Optional<Path> file = contract.getSource()
                    .filter(FileSource.class::isInstance)
                    .map(source -> ((FileSource) source).getFile().toPath());
            String branch = plan.getChildren(contract).isEmpty() ? "   " : "│  ";
            file.map(ComposeStartOrder::lines).orElse(List.of()).forEach(line -> out.println(branch + line));
        }

        private void children(TestIdentifier parent, String indent) {
            List<TestIdentifier> kids = List.copyOf(plan.getChildren(parent));
            for (int i = 0; i < kids.size(); i++) {
                boolean last = i == kids.size() - 1;
                TestIdentifier kid = kids.get(i);
                String place = locations.fileLine(kid).map(p -> "  (" + p + ")").orElse("");
                out.println(indent + (last ? "└─ " : "├─ ") + kid.getDisplayName() + place);
                children(kid, indent + (last ? "   " : "│  "));
            }
        }
    }
}
