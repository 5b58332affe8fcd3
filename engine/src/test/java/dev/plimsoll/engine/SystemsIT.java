package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenarios across containers against real ones: steps on a service, the subject reached by name, saved values,
 * UNIQUE, a client run, a file in a running container, a one-shot service and a read-only host mount; and each of
 * them failing with its message.
 */
class SystemsIT {
    private static final String HOLDS = "acts on the container each step names";
    private static final String MISSES = "misses on the container each step names";
    private static ContractResults systems;

    @BeforeAll
    static void runContract() {
        systems = ContractResults.run("systems.contract");
    }

    @Test
    void stepsActOnTheContainerTheyNameAndValuesCarryOver() {
        systems.passed(
                HOLDS, "expect http GET \"/cgi-bin/health\" { json \"$.greeting\" matches /^hi-[a-z][a-z0-9]{9}$/ }");
        systems.passed(
                HOLDS,
                "expect http GET \"/cgi-bin/health\" on service peer { json \"$.greeting\" = \"peer\"  save json"
                        + " \"$.greeting\" as GREETED }");
        systems.passed(
                HOLDS,
                "expect command \"busybox wget -qO- http://subject:8080/cgi-bin/health\" exits 0 on service peer {"
                        + " stdout contains \"hi-${UNIQUE}\" }");
        systems.passed(HOLDS, "expect stdout contains \"greeting=peer\" on service peer");
        systems.passed(
                HOLDS,
                "expect run build \"app\" entrypoint \"busybox\" command \"wget -qO- http://peer:8080/cgi-bin/health\""
                        + " exits 0 { stdout contains \"\\\"greeting\\\":\\\"${GREETED}\\\"\" }");
        systems.passed(HOLDS, "expect file \"/tmp/healthy\" is regular file owned by \"app:app\" on service peer");
        systems.passed(HOLDS, "pause 100ms");
        systems.passed(HOLDS, "signal SIGTERM on service peer");
        systems.passed(HOLDS, "expect exit 0 on service peer within 5s");
        systems.passed(HOLDS, "expect exit 0 on service migrate");
    }

    @Test
    void eachMissSaysWhatItFoundOnWhichContainer() {
        assertThat(systems.failed(
                        MISSES,
                        "expect http GET \"/cgi-bin/health\" on service peer { json \"$.greeting\" = \"nope\" }"))
                .contains("json '$.greeting': expected 'nope', got 'peer'")
                .contains("last 3 lines of service peer's log:");
        assertThat(systems.failed(MISSES, "expect http GET \"/cgi-bin/health\" { save json \"$.missing\" as NOTHING }"))
                .contains("save as NOTHING: json '$.missing': not found");
        assertThat(systems.failed(MISSES, "expect run build \"app\" entrypoint \"busybox\" command \"false\" exits 0"))
                .contains("exit code: expected 0, got 1");
        assertThat(systems.failed(MISSES, "expect file \"/tmp/nothing\" exists on service peer"))
                .contains("'/tmp/nothing' does not exist");
        assertThat(systems.failed(MISSES, "expect stdout contains \"greeting=hello\" on service peer"))
                .contains("greeting=peer");
    }

    @Test
    void aOneShotServiceThatFailsIsReportedOnceAndTheRestIsSkipped() {
        String scenario = "a one-shot service that fails keeps the scenario from starting";
        assertThat(systems.failed(scenario, "wait for log \"listening\" within 5s"))
                .contains("service migrate › wait for exit 0 within 10s")
                .contains("service migrate exited with code 3, expected 0")
                .contains("exiting with 3");
        assertThat(systems.skipped(scenario, "expect running after 1s")).contains("service migrate did not get ready");
    }

    @Test
    void aHostFolderIsMountedReadOnly() {
        String scenario = "reads a fixture mounted from the repository";
        systems.passed(scenario, "expect file \"/fixtures/health\" is regular file");
        systems.passed(
                scenario,
                "expect command [\"sh\", \"-c\", \"echo x > /fixtures/new\"] exits 2 { stderr contains \"Read-only file"
                        + " system\" }");
    }
}
