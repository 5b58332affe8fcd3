package dev.plimsoll.runner;

import dev.plimsoll.runner.report.Locations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parse and validate contracts without running anything (no Docker needed).",
            "Prints every diagnostic on stderr and, for each contract, the variables it expects from "
                    + "--set or the environment."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PathArguments paths;

    @Mixin
    OutputOptions output;

    private final Wiring wiring;

    CheckCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> contracts = paths.contracts(wiring.workingDirectory());
        List<CheckedContract> checked = new ArrayList<>();
        for (Path file : contracts) {
            CheckedContract contract = wiring.checker().check(file);
            if (!contract.rendered().isBlank()) {
                err.println(contract.rendered().stripTrailing());
                err.flush();
            }
            checked.add(contract);
        }
        return summarize(out, checked);
    }

    private int summarize(PrintWriter out, List<CheckedContract> checked) {
        Locations locations = new Locations(wiring.workingDirectory());
        for (CheckedContract contract : checked) {
            if (!contract.expectedVariables().isEmpty()) {
                out.println(locations.show(contract.file()) + " expects "
                        + String.join(", ", contract.expectedVariables()));
            }
        }
        long withErrors = checked.stream().filter(CheckedContract::hasErrors).count();
        String contracts = checked.size() + (checked.size() == 1 ? " contract" : " contracts");
        out.println("checked " + contracts + ": " + (withErrors == 0 ? "no errors" : withErrors + " with errors"));
        return withErrors == 0 ? ExitCode.OK.code : ExitCode.USAGE.code;
    }
}
