package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three CI jobs, {@code --shard 1/3}, {@code 2/3} and {@code 3/3}, over all of {@code specs/} against the real
 * engine: every contract runs in exactly one of them, and their {@code --reports-dir} files merge into one folder
 * without a name taken twice. Only the image size facts run, to keep it short.
 */
class ShardIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String FILTER = "*size below*";
    private static final Pattern SUITE = Pattern.compile("<testsuite name=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void threeShardsRunEveryContractExactlyOnceAndTheirReportsMerge() throws Exception {
        List<String> expected =
                contractsIn(plimsoll("list", "--filter", FILTER, "specs").out());
        assertThat(expected).as("the contracts with a size fact").hasSizeGreaterThanOrEqualTo(3);

        List<String> ran = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shardReports = dir.resolve("reports-" + k);
            Run run = plimsoll(
                    "run", "--shard", k + "/3", "--filter", FILTER, "--reports-dir", shardReports.toString(), "specs");
            assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 4);
            if (run.exitCode() == 4) {
                assertThat(run.err())
                        .as("a shard whose contracts have no size fact")
                        .contains("no checks match");
                continue;
            }
            try (Stream<Path> files = Files.list(shardReports)) {
                for (Path report : files.sorted().toList()) {
                    reports.add(report);
                    Matcher suite = SUITE.matcher(Files.readString(report));
                    assertThat(suite.find()).as(report.toString()).isTrue();
                    ran.add(suite.group(1));
                }
            }
        }

        assertThat(ran).as("contracts run by the three shards").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(reports.stream().map(report -> report.getFileName().toString()))
                .as("report names, merged into one folder")
                .doesNotHaveDuplicates()
                .hasSameSizeAs(expected);
    }

    @Test
    void theShardsOfAListingCoverAllOfSpecsWithoutOverlap() throws Exception {
        List<String> all = contractsIn(plimsoll("list", "specs").out());
        List<String> sharded = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            sharded.addAll(
                    contractsIn(plimsoll("list", "--shard", k + "/3", "specs").out()));
        }

        assertThat(all).hasSizeGreaterThan(3);
        assertThat(sharded).containsExactlyInAnyOrderElementsOf(all);
    }

    /** The contract lines of a {@code list} tree: those at the left margin. */
    private static List<String> contractsIn(String tree) {
        return tree.lines().filter(line -> line.endsWith(".contract")).toList();
    }

    private Run plimsoll(String... args) throws IOException, InterruptedException {
        String jar = Path.of(System.getProperty("plimsoll.jar", "target/plimsoll.jar"))
                .toAbsolutePath()
                .toString();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("LANG", "C");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES))
                .as("plimsoll finished")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exitCode, String out, String err) {}
}
