package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every action: waits, signals, restart, recreate, stop and start of a service; and what a failed one does. */
class ScenarioActionsIT {
    private static ContractResults actions;

    @BeforeAll
    static void runContract() {
        actions = ContractResults.run("actions.contract");
    }

    @Test
    void everyWaitHoldsOnAServingContainer() {
        String scenario = "waits for logs, health, ports and http";
        actions.passed(scenario, "wait for stdout \"listening\" within 5s");
        actions.passed(scenario, "wait for stderr /warn(ing)?/ within 5s");
        actions.passed(scenario, "wait for log \"visits so far\" within 5s");
        actions.passed(scenario, "wait for healthy within 5s");
        actions.passed(scenario, "wait for port 8080 within 5s");
        actions.passed(scenario, "wait for http GET \"/cgi-bin/health\" within 5s { json \"$.status\" = \"ok\" }");
    }

    @Test
    void signalsReachTheContainer() {
        String scenario = "reloads on SIGHUP and stops on SIGTERM";
        actions.passed(scenario, "signal SIGHUP");
        actions.passed(scenario, "expect stdout contains \"reloaded\" within 3s");
        actions.passed(scenario, "expect running after 1s");
        actions.passed(scenario, "signal SIGTERM");
        actions.passed(scenario, "expect exit 0 within 3s");
        actions.passed(scenario, "expect stdout lines in order \"got SIGTERM\", \"stopped\"");
    }

    @Test
    void restartKeepsTheContainerAndItsLog() {
        String scenario = "restarts in the same container";
        actions.passed(scenario, "restart");
        actions.passed(
                scenario, "expect stdout lines in order \"stopped\", \"starting as app\", \"listening\" within 5s");
        actions.passed(scenario, "expect running after 1s");
    }

    @Test
    void recreateKeepsTheScenariosVolume() {
        String scenario = "keeps its volume when recreated";
        actions.passed(scenario, "expect http GET \"/cgi-bin/visit\" { body = \"visits=1\\n\" }");
        actions.passed(scenario, "recreate");
        actions.passed(scenario, "wait for log \"visits so far: 1\" within 5s");
        actions.passed(scenario, "expect http GET \"/cgi-bin/visit\" { body contains \"visits=2\" }");
    }

    @Test
    void aMissedLogLineFailsItsLineAndSkipsTheRest() {
        String scenario = "a log line that never comes";
        assertThat(actions.failed(scenario, "wait for log \"never printed\" within 1s"))
                .startsWith("wait for log \"never printed\" within 1s (" + actions.at(40) + ")\n")
                .contains("no line of log containing 'never printed' within 1s")
                .contains("lines of the container's log:")
                .contains("  | listening on port 8080");
        String reason = "not run: 'wait for log \"never printed\" within 1s' at line 40 failed";
        assertThat(actions.skipped(scenario, "expect running after 1s")).isEqualTo(reason);
        assertThat(actions.skipped(scenario, "signal SIGTERM")).isEqualTo(reason);
    }

    @Test
    void aContainerThatExitsBeforeTheLineSaysItsExitCode() {
        assertThat(actions.failed("a container that exits before its line", "wait for stdout /listening/ within 3s"))
                .contains("(" + actions.at(47) + ")")
                .contains("the container exited with code 3 before a line of stdout matching /listening/")
                .contains("  | exiting with 3");
    }

    @Test
    void missedWaitsSayWhatTheyLastSaw() {
        assertThat(actions.failed("a container that never gets healthy", "wait for healthy within 2s"))
                .contains("(" + actions.at(52) + ")")
                .contains("health is unhealthy (gave up after 2s)");
        assertThat(actions.failed("a port nobody listens on", "wait for port 9000 within 1s"))
                .contains("nothing listens on port 9000/tcp of the container (published on 127.0.0.1:")
                .contains("(gave up after 1s)");
        assertThat(actions.failed(
                        "an http answer that never holds",
                        "wait for http GET \"/cgi-bin/health\" within 2s { status 500 }"))
                .contains("status: expected 500, got 200 (gave up after 2s)");
    }

    @Test
    void aSignalToAStoppedContainerFailsAtItsLine() {
        String scenario = "a signal to a stopped container";
        assertThat(actions.failed(scenario, "signal SIGHUP"))
                .startsWith("signal SIGHUP (" + actions.at(67) + ")\n")
                .contains("could not send SIGHUP")
                .contains("is not running");
        assertThat(actions.skipped(scenario, "expect running after 1s"))
                .isEqualTo("not run: 'signal SIGHUP' at line 67 failed");
    }

    @Test
    void servicesAreReachedByNameStoppedAndStartedAgain() {
        ContractResults services = ContractResults.run("services.contract");
        String scenario = "reaches its service by name";

        services.passed(
                scenario,
                "expect command \"busybox wget -qO- http://peer:8080/cgi-bin/health\" exits 0 { stdout contains \"peer\" }");
        services.passed(scenario, "stop service peer");
        services.passed(
                scenario,
                "expect command [\"sh\", \"-c\", \"busybox wget -qO- -T 1 http://peer:8080/cgi-bin/health || exit 9\"]"
                        + " exits 9");
        services.passed(scenario, "start service peer");
        services.passed(
                scenario,
                "expect command \"busybox wget -qO- http://peer:8080/cgi-bin/health\" exits 0 within 5s"
                        + " { stdout contains \"peer\" }");
    }

    @Test
    void aContainerThatDoesNotComeBackAfterARestartFailsTheWaitAfterIt() {
        String scenario = "does not come back after a restart";

        actions.passed(scenario, "restart");
        assertThat(actions.failed(scenario, "wait for log \"listening\" within 3s"))
                .as("the ready line from before the restart does not count")
                .contains("the container exited with code 4 before a line of log containing 'listening'")
                .contains("  | already started once");
        assertThat(actions.skipped(scenario, "expect running after 1s"))
                .startsWith("not run: 'wait for log \"listening\" within 3s' at line 75 failed");
    }

    @Test
    void aNewContainerThatDoesNotStartFailsTheWaitAfterTheRecreate() {
        String scenario = "does not come back in a new container";

        actions.passed(scenario, "recreate");
        assertThat(actions.failed(scenario, "wait for log \"listening\" within 3s"))
                .contains("the container exited with code 4 before a line of log containing 'listening'");
    }

    @Test
    void aServiceThatDoesNotComeBackFailsItsStartAtItsLine() {
        ContractResults services = ContractResults.run("services-once.contract");
        String scenario = "a service that does not come back";

        services.passed(scenario, "stop service flaky");
        assertThat(services.failed(scenario, "start service flaky"))
                .startsWith("start service flaky (" + services.at(13) + ")\n")
                .contains("service flaky › wait for log \"listening\" within 5s (line 7): ")
                .contains("service flaky exited with code 4 before a line of log containing 'listening'")
                .contains("  | already started once");
        assertThat(services.skipped(scenario, "expect running after 1s"))
                .startsWith("not run: 'start service flaky' at line 13 failed");
    }
}
