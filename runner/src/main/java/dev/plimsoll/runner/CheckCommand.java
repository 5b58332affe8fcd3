package dev.plimsoll.runner;

import dev.plimsoll.runner.report.Locations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parse and validate contracts without running anything (no Docker needed).",
            "Prints every diagnostic on stderr and, for each contract, the variables it expects from "
                    + "--set or the environment.",
            "With --format json or sarif, stdout has only the diagnostics as one JSON document, for editors, "
                    + "pre-commit hooks and code scanning."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PathArguments paths;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = CheckFormat.Converter.class,
            description = "text (default: diagnostics on stderr, a summary on stdout), json (a JSON array on stdout, "
                    + "one object per diagnostic: file, line, column, endLine, endColumn, severity, message, hint) "
                    + "or sarif (a SARIF 2.1.0 log on stdout).")
    CheckFormat format = CheckFormat.TEXT;

    @Option(
            names = "--stdin",
            paramLabel = "FILE",
            description = "Read one contract from standard input and check it as if it were FILE (which need not "
                    + "exist): its name in diagnostics, its folder for the files it names. For editors' unsaved "
                    + "buffers.")
    @Nullable
    Path stdinFile;

    private final Wiring wiring;

    CheckCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CheckedContract> checked = new ArrayList<>();
        // with --stdin alone, the current directory is not searched
        boolean searchPaths = stdinFile == null || !paths.paths.isEmpty();
        for (Path file : searchPaths ? paths.contracts(wiring.workingDirectory()) : List.<Path>of()) {
            checked.add(reported(err, wiring.checker().check(file)));
        }
        if (stdinFile != null) {
            Path file = wiring.workingDirectory().resolve(stdinFile).normalize();
            checked.add(reported(err, wiring.checker().check(file, standardInput())));
        }
        return switch (format) {
            case TEXT -> summarize(out, checked);
            case JSON -> document(out, checked, DiagnosticsJson.write(checked, locations()));
            case SARIF -> document(
                    out, checked, new SarifLog(wiring.workingDirectory()).write(checked, VersionProvider.version()));
        };
    }

    /** The text format shows each contract's diagnostics as soon as it is checked. */
    private CheckedContract reported(PrintWriter err, CheckedContract contract) {
        if (format == CheckFormat.TEXT && !contract.rendered().isBlank()) {
            err.println(contract.rendered().stripTrailing());
            err.flush();
        }
        return contract;
    }

    private static String standardInput() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int document(PrintWriter out, List<CheckedContract> checked, String json) {
        out.println(json);
        return exitCode(checked);
    }

    private Locations locations() {
        return new Locations(wiring.workingDirectory());
    }

    private static int exitCode(List<CheckedContract> checked) {
        return checked.stream().anyMatch(CheckedContract::hasErrors) ? ExitCode.USAGE.code : ExitCode.OK.code;
    }

    private int summarize(PrintWriter out, List<CheckedContract> checked) {
        Locations locations = locations();
        for (CheckedContract contract : checked) {
            if (!contract.expectedVariables().isEmpty()) {
                out.println(locations.show(contract.file()) + " expects "
                        + String.join(", ", contract.expectedVariables()));
            }
        }
        long withErrors = checked.stream().filter(CheckedContract::hasErrors).count();
        String contracts = checked.size() + (checked.size() == 1 ? " contract" : " contracts");
        out.println("checked " + contracts + ": " + (withErrors == 0 ? "no errors" : withErrors + " with errors"));
        return exitCode(checked);
    }
}
