package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.BuiltImage;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.LeftRun;
import dev.plimsoll.engine.docker.RemovalCounts;
import dev.plimsoll.engine.docker.RunOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code clean}: decides run by run from its owner, then removes (or, dry, only counts). */
final class RunSweep {

    private final Docker docker;

    RunSweep(Docker docker) {
        this.docker = docker;
    }

    CleanReport clean(CleanRequest request) {
        List<CleanReport.RunVerdict> verdicts = new ArrayList<>();
        Removed removed = Removed.NONE;
        for (LeftRun run : docker.runs()) {
            if (request.run().isPresent() && !request.run().get().equals(run.runId())) continue;
            CleanReport.Reason reason = reason(run, request);
            Removed objects = new Removed(run.containers(), run.networks(), run.volumes());
            CleanReport.RunVerdict verdict = new CleanReport.RunVerdict(
                    run.runId(), reason, run.owner().map(RunOwner::describe).orElse(""), objects);
            if (verdict.removed() && !request.dryRun()) {
                RemovalCounts counts =
                        docker.removeAll(Map.of("dev.plimsoll", "true", "dev.plimsoll.run", run.runId()));
                objects = new Removed(counts.containers(), counts.networks(), counts.volumes());
                verdict = new CleanReport.RunVerdict(run.runId(), reason, verdict.owner(), objects);
            }
            if (verdict.removed()) removed = removed.plus(objects);
            verdicts.add(verdict);
        }
        return new CleanReport(verdicts, removed, images(request));
    }

    /** Only a run whose owner is known to be gone goes without being named or forced. */
    static CleanReport.Reason reason(LeftRun run, CleanRequest request) {
        if (request.force()) return CleanReport.Reason.FORCED;
        if (run.owner().isEmpty()) {
            return request.run().isPresent() ? CleanReport.Reason.NAMED : CleanReport.Reason.NO_OWNER;
        }
        return switch (run.owner().get().status()) {
            case GONE -> CleanReport.Reason.OWNER_GONE;
            case ALIVE -> CleanReport.Reason.OWNER_ALIVE;
            case ELSEWHERE -> request.run().isPresent() ? CleanReport.Reason.NAMED : CleanReport.Reason.ELSEWHERE;
        };
    }

    private CleanReport.Images images(CleanRequest request) {
        if (request.run().isPresent()) return new CleanReport.Images(0, 0, 0, 0, 0);
        List<BuiltImage> built = docker.builtImages();
        long bytes = built.stream().mapToLong(BuiltImage::ownBytes).sum();
        if (!request.images()) return new CleanReport.Images(built.size(), bytes, 0, 0, 0);
        int removed = 0;
        long freed = 0;
        int kept = 0;
        for (BuiltImage image : built) {
            if (request.dryRun() || docker.removeImage(image.id())) {
                removed++;
                freed += image.ownBytes();
            } else {
                kept++;
            }
        }
        return new CleanReport.Images(built.size(), bytes, removed, freed, kept);
    }
}
