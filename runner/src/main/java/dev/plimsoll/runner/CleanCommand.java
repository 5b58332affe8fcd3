package dev.plimsoll.runner;

import dev.plimsoll.runner.docker.CleanReport;
import dev.plimsoll.runner.docker.CleanRequest;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
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
                    + "dev.plimsoll=true, of runs whose owner process is gone. Runs still going, runs of another "
                    + "host and runs without a recorded owner are left alone (and named). Needs Docker.",
            "Built images are kept unless --images."
        })
final class CleanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--run",
            paramLabel = "ID",
            description = "Only what the run with this id created (unless its owner is still running).")
    @Nullable
    String run;

    @Option(names = "--force", description = "Also remove runs that are still going, or whose owner cannot be seen.")
    boolean force;

    @Option(names = "--images", description = "Also remove the images plimsoll built (not those a container uses).")
    boolean images;

    @Option(names = "--dry-run", description = "Say what would be removed and the disk it holds; remove nothing.")
    boolean dryRun;

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
        CleanReport report =
                wiring.docker().clean(new CleanRequest(Optional.ofNullable(run), force, images, dryRun), docker.host());
        PrintWriter out = spec.commandLine().getOut();
        String removes = dryRun ? "would remove" : "removed";
        for (CleanReport.RunVerdict verdict : report.runs()) {
            out.println(line(verdict, removes));
        }
        out.println(removes + " " + report.removed().describe());
        images(out, report.images());
        return ExitCode.OK.code;
    }

    private static String line(CleanReport.RunVerdict run, String removes) {
        String objects = run.objects().describe();
        String owner = run.owner().isEmpty() ? "" : ", " + run.owner() + ",";
        return switch (run.reason()) {
            case OWNER_GONE -> removes + " run " + run.runId() + ": " + objects + " (its owner" + owner + " is gone)";
            case NAMED, FORCED -> removes + " run " + run.runId() + ": " + objects;
            case OWNER_ALIVE -> "left run " + run.runId() + " alone: its owner" + owner + " is still running"
                    + " (--force removes it anyway)";
            case ELSEWHERE -> "left run " + run.runId() + " alone: it belongs to " + run.owner()
                    + ", which cannot be seen from here (--run " + run.runId() + " or --force removes it)";
            case NO_OWNER -> "left run " + run.runId() + " alone: no owner recorded (--run " + run.runId()
                    + " or --force removes it)";
        };
    }

    private void images(PrintWriter out, CleanReport.Images images) {
        if (run != null) return;
        String all = plural(images.count(), "built image") + " hold " + megabytes(images.bytes());
        if (!this.images) {
            out.println(all + " (kept as the next build's cache; --images removes them)");
            return;
        }
        String removed = (dryRun ? "would remove " : "removed ") + plural(images.removed(), "built image") + ", "
                + megabytes(images.removedBytes());
        out.println(images.kept() == 0 ? removed : removed + "; " + images.kept() + " in use by a container kept");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
