package dev.plimsoll.runner;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plimsoll} itself: only help and version; the work is in the subcommands. */
@Command(
        name = "plimsoll",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Contract tests for container images: checks that an image keeps the promises "
                + "written in its .contract files, against real containers.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n")
final class PlimsollCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("plimsoll: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }
}
