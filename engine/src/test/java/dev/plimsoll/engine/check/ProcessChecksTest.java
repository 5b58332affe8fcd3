package dev.plimsoll.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ProcessInfo;
import dev.plimsoll.engine.plan.ProcessExpectation;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProcessChecksTest {

    private static final List<ProcessInfo> GREETER = List.of(
            new ProcessInfo(1, 0, "root", 0, "root", "/sbin/tini -- greeter"),
            new ProcessInfo(7, 1000, "app", 0, "root", "/usr/sbin/httpd -f -p 9000"),
            new ProcessInfo(9, 1000, "app", 1000, "app", "python3 /srv/worker.py --queue jobs"));

    private static List<String> check(String name, String user, List<ProcessInfo> processes) {
        return ProcessChecks.mismatches(new ProcessExpectation(name, user), processes);
    }

    @Test
    void matchesTheExecutableBasename() {
        assertThat(check("httpd", "app", GREETER)).isEmpty();
    }

    @Test
    void matchesAWordOfTheCommandLine() {
        assertThat(check("worker.py", "app", GREETER)).isEmpty();
        assertThat(check("greeter", "root", GREETER)).isEmpty();
    }

    @Test
    void doesNotMatchPartOfAWord() {
        assertThat(check("http", "app", GREETER)).hasSize(1).first().asString().startsWith("no process 'http'");
    }

    @Test
    void comparesTheUserByName() {
        assertThat(check("httpd", "root", GREETER))
                .containsExactly("process 'httpd': expected user 'root', got 'app' (pid 7)");
    }

    @Test
    void comparesTheUidWhenTheExpectedUserIsNumeric() {
        assertThat(check("httpd", "1000", GREETER)).isEmpty();
        assertThat(check("httpd", "0", GREETER))
                .containsExactly("process 'httpd': expected user '0', got 'app' (pid 7)");
    }

    @Test
    void comparesTheGroupWhenTheExpectedAccountHasOne() {
        assertThat(check("worker.py", "app:app", GREETER)).isEmpty();
        assertThat(check("httpd", "app:root", GREETER)).isEmpty();
        assertThat(check("httpd", "app:app", GREETER))
                .containsExactly("process 'httpd': expected user 'app' and group 'app',"
                        + " got user 'app' and group 'root' (pid 7)");
    }

    @Test
    void comparesTheGidWhenTheExpectedGroupIsNumeric() {
        assertThat(check("worker.py", "1000:1000", GREETER)).isEmpty();
        assertThat(check("worker.py", "app:0", GREETER))
                .containsExactly("process 'worker.py': expected user 'app' and group '0',"
                        + " got user 'app' and group 'app' (pid 9)");
    }

    @Test
    void aWrongUserFailsEvenWithTheRightGroup() {
        assertThat(check("httpd", "root:root", GREETER))
                .containsExactly("process 'httpd': expected user 'root' and group 'root',"
                        + " got user 'app' and group 'root' (pid 7)");
    }

    @Test
    void listsTheProcessesSeenWhenNoneMatches() {
        assertThat(check("nginx", "app", GREETER))
                .containsExactly("no process 'nginx' is running (seen: pid 1 '/sbin/tini -- greeter',"
                        + " pid 7 '/usr/sbin/httpd -f -p 9000', pid 9 'python3 /srv/worker.py --queue jobs')");
    }

    @Test
    void listsAtMostTenProcesses() {
        List<ProcessInfo> many = IntStream.rangeClosed(1, 12)
                .mapToObj(pid -> new ProcessInfo(pid, 0, "root", 0, "root", "sleep " + pid))
                .toList();

        assertThat(check("nginx", "root", many))
                .singleElement()
                .asString()
                .contains("pid 10 'sleep 10'")
                .doesNotContain("pid 11")
                .endsWith(" and 2 more)");
    }

    @Test
    void saysSoWhenNothingRuns() {
        assertThat(check("nginx", "app", List.of()))
                .containsExactly("no process 'nginx' is running (seen: no processes)");
    }
}
