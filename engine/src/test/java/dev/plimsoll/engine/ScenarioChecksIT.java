package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of {@code expect} in a scenario, against running and exiting containers of the test image. */
class ScenarioChecksIT {
    private static final String KEPT = "a serving container keeps its promises";
    private static final String BROKEN = "a serving container breaks its promises";
    // stdout and stderr lines may swap places across streams, so only the last line's place is fixed
    private static final String LOG_TAIL = "last 4 lines of the container's log:\n";

    private static ContractResults results;

    @BeforeAll
    static void runContract() {
        results = ContractResults.run("checks.contract");
    }

    @Test
    void everyKindOfCheckHoldsAgainstAServingContainer() {
        List.of(
                        "wait for log \"listening on port 8080\" within 5s",
                        "expect stdout contains \"greeting=ahoy\"",
                        "expect stdout matches /starting as \\w+/",
                        "expect stdout not contains \"panic\"",
                        "expect stdout lines in order \"starting as app\", /visits so far: \\d+/, \"listening\"",
                        "expect stderr empty",
                        "expect log equals \"starting as app greeting=ahoy\\nvisits so far: 0\\nlistening on port 8080\"",
                        "expect process \"httpd\" runs as \"app\"",
                        "expect process \"entrypoint\" runs as \"1234\"",
                        "expect port 8080 open",
                        "expect http GET \"/cgi-bin/missing\" { status 404  body = \"nothing here\\n\" }",
                        "expect command \"cat /srv/www/version.txt\" exits 0 { stdout equals \"1.0\"  stderr empty }",
                        "expect command [\"sh\", \"-c\", \"echo oops >&2; exit 4\"] exits 4 { stderr contains \"oops\" }",
                        "expect running after 1s")
                .forEach(name -> results.passed(KEPT, name));
        results.passed(
                KEPT,
                "expect http GET \"/cgi-bin/health\" port 8080 { status 200  header \"Content-Type\" = \"application/json\""
                        + "  header \"X-Served-By\" contains \"plimsoll\"  body contains \"status\"  json \"$.status\" = \"ok\""
                        + "  json \"$.port\" = 8080  json \"$.ready\" = true  json \"$.owner\" = null"
                        + "  json \"$.greeting\" matches /^ah/  json \"$.status\" exists }");
    }

    @Test
    void brokenOutputChecksSayWhatTheStreamHeld() {
        assertThat(results.failed(BROKEN, "expect stdout contains \"greeting=ahoy\""))
                .startsWith("expect stdout contains \"greeting=ahoy\" (" + results.at(37) + ")\n")
                .contains("stdout does not contain 'greeting=ahoy'")
                .contains(LOG_TAIL)
                .endsWith("  | listening on port 8080");
        assertThat(results.failed(BROKEN, "expect stdout matches /^panic/")).contains("stdout does not match /^panic/");
        assertThat(results.failed(BROKEN, "expect stdout not contains \"listening\""))
                .contains("stdout should not contain 'listening', but line 3 does: 'listening on port 8080'");
        assertThat(results.failed(BROKEN, "expect stdout lines in order \"listening\", \"starting as app\""))
                .contains("stdout has no line containing 'starting as app' after line 3 'listening on port 8080'");
        assertThat(results.failed(BROKEN, "expect stderr empty"))
                .contains("stderr: expected empty, got 1 line(s), first: 'a warning on stderr'");
        assertThat(results.failed(BROKEN, "expect stderr equals \"no warnings\""))
                .contains("stderr: expected 'no warnings', got 'a warning on stderr'");
        assertThat(results.failed(BROKEN, "expect log not matches /warning/"))
                .containsPattern("log should not match /warning/, but line [12] does: 'a warning on stderr'");
    }

    @Test
    void brokenProcessPortAndCommandChecksSayWhatTheyFound() {
        assertThat(results.failed(BROKEN, "expect process \"httpd\" runs as \"root\""))
                .startsWith("expect process \"httpd\" runs as \"root\" (" + results.at(44) + ")")
                .contains("process 'httpd': expected user 'root', got 'app' (pid ");
        assertThat(results.failed(BROKEN, "expect process \"nginx\" runs as \"app\""))
                .contains("no process 'nginx' is running (seen: pid ")
                .contains("'busybox httpd -f -p 8080 -h /srv/www'");
        assertThat(results.failed(BROKEN, "expect port 9999 open")).contains("port 9999/tcp is not published");
        assertThat(results.failed(BROKEN, "expect command \"cat /nope\" exits 0 { stdout contains \"x\" }"))
                .contains("exit code: expected 0, got 1\n")
                .contains("the command's stderr, its only line:\n    | cat: /nope: No such file or directory\n")
                .contains("stdout does not contain 'x' (stdout is empty)")
                .contains(LOG_TAIL)
                .endsWith("  | listening on port 8080");
        assertThat(results.failed(
                        BROKEN, "expect command \"cat /srv/www/version.txt\" exits 0 { stdout equals \"2.0\" }"))
                .contains("stdout: expected '2.0', got '1.0'");
    }

    @Test
    void brokenHttpCheckListsEveryMismatchOfTheResponse() {
        String message = results.failed(
                BROKEN,
                "expect http GET \"/cgi-bin/health\" { status 201  header \"Content-Type\" = \"text/html\""
                        + "  header \"X-Missing\" = \"x\"  body contains \"nope\"  json \"$.status\" = \"bad\""
                        + "  json \"$.port\" = \"8080\"  json \"$.nothing\" exists  json \"$.greeting\" matches /^z/ }");

        assertThat(message)
                .contains("(" + results.at(47) + ")")
                .contains("status: expected 201, got 200")
                .contains("header 'Content-Type': expected 'text/html', got 'application/json'")
                .contains("header 'X-Missing' is missing")
                .contains("body: expected to contain 'nope', got '{\"status\":\"ok\"")
                .contains("json '$.status': expected 'bad', got 'ok'")
                .contains("json '$.port': expected '8080', got 8080 (a number)")
                .contains("json '$.nothing': not found")
                .contains("json '$.greeting': expected to match /^z/, got 'hello'")
                .contains(LOG_TAIL)
                .endsWith("  | listening on port 8080");
        assertThat(results.failed(BROKEN, "expect http GET \"/cgi-bin/health\" port 8081"))
                .contains("port 8081/tcp is not published by the container: add 'publish 8081' to its settings");
    }

    @Test
    void exitAndRunningChecksSayTheCodeAndTheTime() {
        results.passed("an exiting container", "expect exit 3 within 3s");
        results.passed("an exiting container", "expect stderr contains \"exiting with 3\"");
        assertThat(results.failed(BROKEN, "expect exit 0 within 1s"))
                .contains("(" + results.at(60) + ")")
                .contains("still running after 1s");
        String wrongCode = "an exiting container with the wrong code";
        assertThat(results.failed(wrongCode, "expect exit 0 within 3s"))
                .contains("exit code: expected 0, got 3")
                .contains("| exiting with 3");
        assertThat(results.failed(wrongCode, "expect running after 1s")).contains("exited with code 3 within 1s");
        assertThat(results.failed(wrongCode, "expect process \"entrypoint\" runs as \"app\""))
                .contains("the container is not running (exited)");
        assertThat(results.failed(wrongCode, "expect command \"true\" exits 0"))
                .contains("the container is not running (exited), so no command can run in it");
        assertThat(results.failed("a container that exits too soon", "expect running after 3s"))
                .contains("exited with code 3 within 3s");
    }
}
