package dev.plimsoll.runner;

import dev.plimsoll.runner.docker.Removed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "clean",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Remove what interrupted runs left behind: containers, then networks, then volumes labelled "
                    + "dev.plimsoll=true. Needs Docker.",
            "Images are kept."
        })
final class CleanCommand implements Callable<Integer> {

    /** The labels on every object plimsoll creates in Docker. */
    static final String OUR_LABEL = "dev.plimsoll";

    static final String RUN_LABEL = "dev.plimsoll.run";

    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "ID", description = "Only what the run with this id created.")
    @Nullable
    String run;

    @Mixin
    OutputOptions output;

    @Mixin
    DockerOptions docker;

    private final Wiring wiring;

    CleanCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(OUR_LABEL, "true");
        if (run != null) labels.put(RUN_LABEL, run);
        Removed removed = wiring.docker().removeAll(labels, docker.host());
        spec.commandLine()
                .getOut()
                .println("removed " + count(removed.containers(), "container") + ", "
                        + count(removed.networks(), "network") + ", " + count(removed.volumes(), "volume"));
        return ExitCode.OK.code;
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
