package dev.plimsoll.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The broken twins break their promises on purpose: exactly the checks marked {@code # expect-fail: TEXT} fail, each
 * with TEXT in its message, and every other check passes.
 */
class BrokenSpecsIT {
    private static final Pattern EXPECT_FAIL = Pattern.compile("#\\s*expect-fail:\\s*(.+?)\\s*$");
    private static final Pattern WHERE = Pattern.compile("\\((broken/[^():]+\\.contract):(\\d+)\\)");

    @Test
    void exactlyTheBrokenPromisesFailWithTheirMessages() throws Exception {
        Path report = RunnerProcess.SPECS.resolve("target/broken.xml");

        RunnerProcess.Result result = RunnerProcess.run("run", "broken", "--junit-xml", report.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains("Failures:", "✗ broken/ignores-sigterm/ignores-sigterm.contract › stops cleanly on SIGTERM")
                .contains("at broken/ignores-sigterm/ignores-sigterm.contract:7", "still running after 3s");
        JunitReport.validate(report);
        Map<String, String> expected = expectedFailures();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(8);
        Map<String, String> failed = new TreeMap<>();
        for (JunitReport.TestCase testCase : JunitReport.read(report)) {
            assertThat(testCase.outcome())
                    .as("%s › %s", testCase.classname(), testCase.name())
                    .isIn(JunitReport.Outcome.PASSED, JunitReport.Outcome.FAILED);
            if (testCase.outcome() == JunitReport.Outcome.FAILED) {
                failed.put(where(testCase), testCase.message());
            }
            if (testCase.name().equals("expect exit 0 within 3s")) {
                assertThat(testCase.systemOut())
                        .as("the log tail beside the failure")
                        .contains("listening on port 8080");
            }
        }
        assertThat(failed.keySet()).as(result.output()).containsExactlyElementsOf(expected.keySet());
        expected.forEach(
                (where, text) -> assertThat(failed.get(where)).as(where).contains(text));
    }

    /** {@code broken/x/x.contract:7} of each marked check, with the text its failure must show. */
    private static Map<String, String> expectedFailures() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(RunnerProcess.SPECS.resolve("broken"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".contract")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher marker = EXPECT_FAIL.matcher(lines.get(i));
                    if (marker.find()) {
                        expected.put(RunnerProcess.SPECS.relativize(file) + ":" + (i + 1), marker.group(1));
                    }
                }
            }
        }
        return expected;
    }

    private static String where(JunitReport.TestCase testCase) {
        Matcher matcher = WHERE.matcher(testCase.message());
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1) + ":" + matcher.group(2));
        }
        assertThat(found)
                .as("where %s failed: %s", testCase.name(), testCase.message())
                .isNotEmpty();
        return found.get(0);
    }
}
