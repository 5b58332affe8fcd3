package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardOptionsTest {

    @TempDir
    Path dir;

    private Cli threeContracts() {
        Cli cli = new Cli(dir);
        cli.contract("c.contract", "pass see");
        cli.contract("a.contract", "pass aye");
        cli.contract("sub/b.contract", "pass bee");
        return cli;
    }

    @Test
    void eachShardRunsItsOwnContractsAndTogetherTheyRunAll() {
        Cli cli = threeContracts();

        assertThat(cli.run("run", "--shard", "1/2").out())
                .contains("a.contract", "sub/b.contract")
                .doesNotContain("c.contract");
        assertThat(cli.run("run", "--shard", "2/2").out())
                .contains("c.contract")
                .doesNotContain("a.contract", "b.contract");
    }

    @Test
    void listShowsWhatThatShardWouldRun() {
        Cli.Result result = threeContracts().run("list", "--shard", "2/2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("c.contract\n").endsWith("1 check in 1 contract\n");
    }

    @Test
    void aShardWithoutContractsSucceedsAndSaysSo() {
        Cli.Result result = threeContracts().run("run", "--shard", "4/4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("plimsoll: shard 4/4 has none of the 3 contracts; nothing to run\n");
    }

    @Test
    void timingsFromAnEarlierRunsReportsBalanceTheShards() throws Exception {
        Cli cli = threeContracts();
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("TEST-a.xml"), "<testsuite name=\"a.contract\" time=\"40\"/>");
        Files.writeString(reports.resolve("TEST-b.xml"), "<testsuite name=\"sub/b.contract\" time=\"1\"/>");
        Files.writeString(reports.resolve("TEST-c.xml"), "<testsuite name=\"c.contract\" time=\"2\"/>");

        assertThat(cli.run("list", "--shard", "1/2", "--timings", "reports").out())
                .contains("a.contract")
                .doesNotContain("b.contract", "c.contract");
        assertThat(cli.run("list", "--shard", "2/2", "--timings", "reports").out())
                .contains("sub/b.contract", "c.contract")
                .doesNotContain("a.contract");
    }

    @Test
    void aShardThatIsNotKOfNIsAUsageError() {
        Cli.Result result = threeContracts().run("run", "--shard", "3/2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("plimsoll: --shard needs K/N with 1 ≤ K ≤ N, e.g. --shard 2/4, not '3/2'\n");
    }

    @Test
    void timingsWithoutAShardIsAUsageError() {
        Cli.Result result = threeContracts().run("run", "--timings", "x.xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("plimsoll: --timings only works with --shard K/N\n");
    }

    @Test
    void aMissingTimingsFileIsAUsageErrorAndRunsNothing() {
        Cli.Result result = threeContracts().run("run", "--shard", "1/2", "--timings", "gone.xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("plimsoll: no such timings file or directory: ")
                .endsWith("gone.xml\n");
        assertThat(result.out()).isEmpty();
    }
}
