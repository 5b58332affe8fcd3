package dev.plimsoll.runner;

import dev.plimsoll.runner.report.Locations;
import dev.plimsoll.runner.shard.Shard;
import dev.plimsoll.runner.shard.Timings;
import dev.plimsoll.runner.shard.TimingsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --shard K/N} and {@code --timings}: one CI job's part of the contracts. */
final class ShardOptions {

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            description = "Run only the K-th of N parts of the contracts (1 ≤ K ≤ N), for a CI matrix of N jobs: "
                    + "every contract is in exactly one part. Split by path, or by --timings.")
    @Nullable
    String shard;

    @Option(
            names = "--timings",
            paramLabel = "FILE|DIR",
            description = "With --shard: balance the parts by the contract durations in the JUnit XML of an "
                    + "earlier run (a --junit-xml FILE or a --reports-dir DIR). Every job must get the same one.")
    @Nullable
    Path timings;

    /** The contracts of this shard, in the given order; all of them without {@code --shard}. */
    List<Path> select(List<Path> contracts, Path workingDirectory) {
        if (shard == null) {
            if (timings != null) throw new PathProblem("--timings only works with --shard K/N", ExitCode.USAGE);
            return contracts;
        }
        Shard part = Shard.parse(shard)
                .orElseThrow(() -> new PathProblem(
                        "--shard needs K/N with 1 ≤ K ≤ N, e.g. --shard 2/4, not '" + shard + "'", ExitCode.USAGE));
        Locations locations = new Locations(workingDirectory);
        Map<String, Path> byName = new LinkedHashMap<>();
        contracts.forEach(contract -> byName.putIfAbsent(locations.show(contract), contract));
        List<String> mine = part.select(List.copyOf(byName.keySet()), timings(workingDirectory));
        return contracts.stream()
                .filter(contract -> mine.contains(locations.show(contract)))
                .distinct()
                .toList();
    }

    /** What to say when this shard got none of the contracts (there are fewer contracts than shards). */
    String emptyNote(int all) {
        return "shard " + shard + " has none of the " + all + (all == 1 ? " contract" : " contracts")
                + "; nothing to run";
    }

    private Timings timings(Path workingDirectory) {
        if (timings == null) {
            return Timings.none();
        }
        try {
            return Timings.read(workingDirectory.resolve(timings));
        } catch (TimingsException e) {
            throw new PathProblem(e.problem(), ExitCode.USAGE);
        }
    }
}
