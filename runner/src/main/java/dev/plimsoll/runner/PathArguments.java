package dev.plimsoll.runner;

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

    /** Relative paths are taken from the working directory. */
    ContractFiles find(Path workingDirectory) {
        return ContractFiles.find(orDefault(), workingDirectory).without(excludes, workingDirectory);
    }
}
