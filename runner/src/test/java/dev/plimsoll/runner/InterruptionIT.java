package dev.plimsoll.runner;

import static dev.plimsoll.runner.PlimsollProcess.eventually;
import static dev.plimsoll.runner.PlimsollProcess.objectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signals to a real {@code plimsoll run} process, during an image build, a service start and a check: the exit code and how
 * long it took, what it printed, the JUnit XML it wrote, and that nothing labelled with its run is left. Every
 * assertion is about the run of the process under test; other runs on the same engine are never touched.
 */
class InterruptionIT {

    private static final Path CONTRACTS =
            Path.of("src/test/resources/interruptions").toAbsolutePath();
    private static final Duration EXIT_BOUND = Duration.ofSeconds(10);
    private static final Duration LEFTOVER_BOUND = Duration.ofSeconds(15);

    private static Path jar;
    private final List<PlimsollProcess> started = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = PlimsollProcess.jar().orElseThrow(() -> new AssertionError("the shaded jar, built in the package phase"));
    }

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(PlimsollProcess::destroy);
    }

    @ParameterizedTest(name = "SIG{0} during a service start exits {1}")
    @CsvSource({"INT, 130", "TERM, 143", "HUP, 129"})
    void aSignalDuringAServiceStartRemovesTheRunAndReportsIt(String signal, int code) throws Exception {
        PlimsollProcess run =
                plimsoll("run", "run", "--no-color", "--junit-xml", "report.xml", contract("service-start"));
        String runId = run.runId(Duration.ofSeconds(60));
        assertThat(eventually(Duration.ofSeconds(30), () -> !PlimsollProcess.runningContainersOf(runId)
                        .isEmpty()))
                .as("the service started")
                .isTrue();

        long sent = System.nanoTime();
        run.signal(signal);
        Duration took = run.awaitExit(Duration.ofSeconds(20), sent);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(code);
        assertThat(took).isLessThan(EXIT_BOUND);
        assertThat(run.out())
                .contains("Interrupted by SIG" + signal + " while running:\n" + "  ◼ " + contract("service-start")
                        + " › waits for a slow service (for ")
                .contains("1 check in 1 contract: 0 passed, 0 failed, 1 interrupted (")
                .containsPattern(removedLine(signal, runId));
        assertThat(xml())
                .contains("<error message=\"interrupted by SIG" + signal + " while its scenario ran\"")
                .contains("errors=\"1\"");
        assertNothingLeft(runId);
    }

    @ParameterizedTest(name = "SIG{0} during a check exits {1}")
    @CsvSource({"INT, 130", "TERM, 143", "HUP, 129"})
    void aSignalDuringACheckMarksItInterruptedAndSkipsWhatHadNotBegun(String signal, int code) throws Exception {
        PlimsollProcess run = duringTheSlowCheck();
        String runId = run.runId(Duration.ofSeconds(5));

        long sent = System.nanoTime();
        run.signal(signal);
        Duration took = run.awaitExit(Duration.ofSeconds(20), sent);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(code);
        assertThat(took).isLessThan(EXIT_BOUND);
        assertThat(run.out())
                .contains("  ◼ " + contract("check") + " › a slow check › expect stdout contains \"never printed\""
                        + " within 1m (for ")
                .contains("3 checks in 1 contract: 1 passed, 0 failed, 1 interrupted, 1 skipped (")
                .containsPattern(removedLine(signal, runId));
        assertThat(xml())
                .contains("<error message=\"interrupted by SIG" + signal + " while it ran\"")
                .contains("<skipped message=\"not run: interrupted by SIG" + signal + "\"");
        assertNothingLeft(runId);
    }

    @ParameterizedTest(name = "SIG{0} during an image build exits {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringAnImageBuildEndsTheBuildAndLeavesNoBuildContainer(String signal, int code) throws Exception {
        String contract = contract("build");
        String token = "plimsoll-interrupted-build-" + UUID.randomUUID(); // never cached, and found by its command
        Files.writeString(
                dir.resolve("build/Dockerfile"), "FROM debian:bookworm-slim\nRUN echo " + token + " && sleep 20\n");
        PlimsollProcess run = plimsoll("run", "run", "--no-color", "--junit-xml", "report.xml", contract);
        assertThat(eventually(Duration.ofSeconds(90), () -> !buildContainers(token, "running")
                        .isEmpty()))
                .as("the build's slow RUN step started; plimsoll printed:\n" + run.out() + run.err())
                .isTrue();

        long sent = System.nanoTime();
        run.signal(signal);
        Duration took = run.awaitExit(Duration.ofSeconds(20), sent);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(code);
        assertThat(took).isLessThan(EXIT_BOUND);
        assertThat(run.out())
                .contains("Interrupted by SIG" + signal + " while running:\n  ◼ " + contract + " (for ")
                .contains("1 check in 1 contract: 0 passed, 0 failed, 1 skipped (");
        Matcher stopped = Pattern.compile(removedLinePattern(signal, "(\\S+)")).matcher(run.out());
        assertThat(stopped.find()).as("the clean-up line in:\n" + run.out()).isTrue();
        assertThat(xml()).contains("<skipped message=\"not run: interrupted by SIG" + signal + "\"");
        // Docker cancels a build whose client went away; --force-rm removes its container, the running one too
        assertThat(eventually(
                        LEFTOVER_BOUND, () -> buildContainers(token, "all").isEmpty()))
                .as("no container of the build is left after " + LEFTOVER_BOUND + ": " + buildContainers(token, "all"))
                .isTrue();
        assertNothingLeft(stopped.group(1));
    }

    @Test
    void sigkillDuringAServiceStartLeavesItToTheReaper() throws Exception {
        PlimsollProcess run = plimsoll("run", "run", "--no-color", contract("service-start"));
        String runId = run.runId(Duration.ofSeconds(60));
        assertThat(eventually(Duration.ofSeconds(30), () -> !PlimsollProcess.runningContainersOf(runId)
                        .isEmpty()))
                .isTrue();

        run.signal("KILL");
        run.awaitExit(Duration.ofSeconds(10), System.nanoTime());

        assertThat(run.exitCode()).isEqualTo(137);
        assertNothingLeft(runId);
    }

    @Test
    void sigkillDuringACheckLeavesItToTheReaper() throws Exception {
        PlimsollProcess run = duringTheSlowCheck();
        String runId = run.runId(Duration.ofSeconds(5));
        assertThat(objectsOf(runId)).isNotEmpty();

        run.signal("KILL");
        run.awaitExit(Duration.ofSeconds(10), System.nanoTime());

        assertThat(run.exitCode()).isEqualTo(137);
        assertNothingLeft(runId);
    }

    @Test
    void aSecondCtrlCExitsAtOnceAndNamesTheCleanCommand() throws Exception {
        PlimsollProcess run = duringTheSlowCheck();
        String runId = run.runId(Duration.ofSeconds(5));

        long sent = System.nanoTime();
        run.signal("INT");
        Thread.sleep(20);
        run.signal("INT");
        Duration took = run.awaitExit(Duration.ofSeconds(20), sent);

        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(took).isLessThan(EXIT_BOUND);
        assertThat(run.err())
                .contains("plimsoll: SIGINT again: exiting at once, before the clean-up finished.\n")
                .contains("Containers, networks or volumes of run " + runId + " may be left; the reaper removes them"
                        + " within seconds, or remove them with: plimsoll clean --run " + runId + "\n");
        assertNothingLeft(runId);
    }

    @Test
    void twoRunsAtOnceOneKilledTheOtherPasses() throws Exception {
        PlimsollProcess survivor = plimsoll("survivor", "run", "--no-color", contract("passes"));
        PlimsollProcess killed = duringTheSlowCheck();
        String killedRun = killed.runId(Duration.ofSeconds(5));
        String survivorRun = survivor.runId(Duration.ofSeconds(60));

        killed.signal("KILL");
        killed.awaitExit(Duration.ofSeconds(10), System.nanoTime());
        assertNothingLeft(killedRun);
        assertThat(objectsOf(survivorRun))
                .as("the survivor's run is still there")
                .isNotEmpty();
        survivor.awaitExit(Duration.ofSeconds(90), System.nanoTime());

        assertThat(survivor.exitCode()).as(survivor.out() + survivor.err()).isZero();
        assertThat(survivor.out()).contains("3 checks in 1 contract: 3 passed, 0 failed (");
        assertNothingLeft(survivorRun);
    }

    @Test
    void cleanLeavesALiveRunAlone() throws Exception {
        PlimsollProcess live = plimsoll("live", "run", "--no-color", contract("passes"));
        String runId = live.runId(Duration.ofSeconds(60));
        List<String> before = objectsOf(runId);

        PlimsollProcess clean = plimsoll("clean", "clean", "--run", runId);
        clean.awaitExit(Duration.ofSeconds(60), System.nanoTime());

        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out())
                .contains("left run " + runId + " alone: its owner, pid " + live.pid() + " on ")
                .contains(
                        " is still running (--force removes it anyway)\nremoved 0 containers, 0 networks, 0 volumes\n");
        assertThat(objectsOf(runId)).containsAll(before);
        live.awaitExit(Duration.ofSeconds(90), System.nanoTime());
        assertThat(live.exitCode()).as(live.out() + live.err()).isZero();
        assertNothingLeft(runId);
    }

    @Test
    void aNewRunSweepsARunWhoseOwnerAndReaperAreGone() throws Exception {
        PlimsollProcess gone = duringTheSlowCheck();
        String goneRun = gone.runId(Duration.ofSeconds(5));
        ProcessHandle reaper = ProcessHandle.of(gone.pid())
                .orElseThrow()
                .children()
                .filter(child -> child.info().commandLine().orElse("").contains("Reaper"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the run's reaper"));
        reaper.destroyForcibly();
        reaper.onExit().get();
        gone.signal("KILL");
        gone.awaitExit(Duration.ofSeconds(10), System.nanoTime());
        Thread.sleep(2000);
        assertThat(objectsOf(goneRun))
                .as("without its reaper, the killed run is left")
                .isNotEmpty();

        PlimsollProcess dry = plimsoll("dry", "clean", "--run", goneRun, "--dry-run");
        dry.awaitExit(Duration.ofSeconds(60), System.nanoTime());
        PlimsollProcess next = plimsoll("next", "run", "--no-color", contract("passes"));

        assertThat(dry.out())
                // the slow check's container, and the next scenario's, created ahead of its turn
                .contains("would remove run " + goneRun + ": 2 containers, 0 networks, 1 volume (its owner, pid "
                        + gone.pid() + " on ");
        assertNothingLeft(goneRun);
        next.awaitExit(Duration.ofSeconds(90), System.nanoTime());
        assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
    }

    private PlimsollProcess duringTheSlowCheck() throws Exception {
        PlimsollProcess run =
                plimsoll("run", "run", "--no-color", "--parallel", "1", "--junit-xml", "report.xml", contract("check"));
        assertThat(eventually(Duration.ofSeconds(60), () -> run.out().contains("wait for log \"started\"")))
                .as("the check began; it printed:\n" + run.out() + run.err())
                .isTrue();
        Thread.sleep(300);
        return run;
    }

    private PlimsollProcess plimsoll(String name, String... args) throws IOException {
        PlimsollProcess process = PlimsollProcess.start(jar, dir, name, args);
        started.add(process);
        return process;
    }

    /** A copy in the working directory, so that it shows as {@code name/name.contract}. */
    private String contract(String name) throws IOException {
        Path copy = dir.resolve(name).resolve(name + ".contract");
        if (!Files.exists(copy)) {
            Files.createDirectories(copy.getParent());
            Files.copy(CONTRACTS.resolve(name).resolve(name + ".contract"), copy);
        }
        return name + "/" + name + ".contract";
    }

    private String xml() throws Exception {
        Path report = dir.resolve("report.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(InterruptionIT.class.getResource("/junit-10.xsd"))
                .newValidator()
                .validate(new StreamSource(report.toFile()));
        return Files.readString(report, StandardCharsets.UTF_8);
    }

    /** Containers (all, or only running ones) whose command holds {@code token}: a build's RUN step. */
    private static List<String> buildContainers(String token, String which) throws Exception {
        List<String> args =
                new ArrayList<>(List.of("ps", "--no-trunc", "--format", "{{.ID}} {{.Status}} {{.Command}}"));
        if (which.equals("all")) args.add("-a");
        return PlimsollProcess.docker(args.toArray(String[]::new)).stream()
                .filter(line -> line.contains(token))
                .toList();
    }

    /** The counts depend on what the engine's own clean-up of the failed scenario removed first. */
    private static String removedLine(String signal, String runId) {
        return removedLinePattern(signal, Pattern.quote(runId));
    }

    private static String removedLinePattern(String signal, String runIdPattern) {
        return "stopped by SIG" + signal + "; removed \\d+ containers?, \\d+ networks?, \\d+ volumes? of run "
                + runIdPattern + "\n";
    }

    private static void assertNothingLeft(String runId) throws Exception {
        assertThat(eventually(LEFTOVER_BOUND, () -> objectsOf(runId).isEmpty()))
                .as("nothing of run " + runId + " is left after " + LEFTOVER_BOUND + ": " + objectsOf(runId))
                .isTrue();
    }
}
