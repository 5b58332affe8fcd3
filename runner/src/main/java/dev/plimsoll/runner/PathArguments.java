package dev.plimsoll.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files and folders a command looks at. */
final class PathArguments {

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Contract files, or directories searched recursively for *.contract "
                    + "(hidden folders and target/ skipped). Default: the current directory.")
    List<Path> paths = List.of();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Skip contracts whose path, relative to the working directory, matches GLOB "
                    + "(e.g. 'specs/broken/**'). Repeatable.")
    List<String> excludes = List.of();

    List<Path> orDefault() {
        return paths.isEmpty() ? List.of(Path.of(".")) : paths;
    }

    /**
     * The contract files to work on; relative paths are taken from the working directory. Throws {@link PathProblem}
     * when a path does not exist (a usage error) or no contract is found.
     */
    List<Path> contracts(Path workingDirectory) {
        ContractFiles found = ContractFiles.find(orDefault(), workingDirectory).without(excludes, workingDirectory);
        List<Path> special = found.missing().stream()
                .filter(path -> Files.exists(workingDirectory.resolve(path)))
                .toList();
        if (!special.isEmpty()) {
            // /dev/null, a pipe, a socket: it exists, so "no such file" would mislead
            throw new PathProblem(
                    "not a regular file or directory: " + ContractFiles.describe(special), ExitCode.USAGE);
        }
        if (!found.missing().isEmpty()) {
            throw new PathProblem(
                    "no such file or directory: " + ContractFiles.describe(found.missing()), ExitCode.USAGE);
        }
        if (found.files().isEmpty()) {
            throw new PathProblem(
                    "no contracts (*.contract) found in " + ContractFiles.describe(orDefault()), ExitCode.NO_CONTRACTS);
        }
        return found.files();
    }
}
