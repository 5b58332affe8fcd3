package dev.plimsoll.runner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GossImporterTest {

    private static Imported goss(String yaml) {
        return Imports.of(SpecFormat.GOSS, yaml);
    }

    static Stream<Arguments> importedKeys() {
        return Stream.of(
                Arguments.of(
                        "file: {/d: {exists: true, filetype: directory, mode: '0750', owner: app, group: app}}",
                        "  expect file \"/d\" exists mode 0750 is directory owned by \"app:app\""),
                Arguments.of(
                        "file: {/f: {exists: true, filetype: file, owner: root}}",
                        "  expect file \"/f\" exists is regular file owned by \"root\""),
                Arguments.of("file: {/s: {exists: true, filetype: socket}}", "  expect file \"/s\" exists is socket"),
                Arguments.of(
                        "file: {/l: {exists: true, filetype: symlink, linked-to: /t}}",
                        "  expect file \"/l\" exists is symlink to \"/t\""),
                Arguments.of("file: {/x: {exists: false}}", "  expect file \"/x\" absent"),
                Arguments.of("file: {key: {exists: true, path: /real}}", "  expect file \"/real\" exists"),
                Arguments.of(
                        "file: {/c: {exists: true, contents: [a, '!b', '/^c$/', '\\!d']}}",
                        "  expect file \"/c\" exists contains \"a\" matches /\\A(?![\\s\\S]*?(?:b))/m matches /^c$/m contains \"!d\""),
                Arguments.of("file: {/c: {exists: true, contents: ''}}", "  expect file \"/c\" exists empty"),
                Arguments.of("file: {/c: {exists: true, contents: 'x.y'}}", "  expect file \"/c\" exists = \"x.y\""),
                Arguments.of("port: {'tcp:8080': {listening: true}}", "  publish 8080\n"),
                Arguments.of("port: {'tcp6:8080': {listening: true}}", "  expect port 8080 open"),
                Arguments.of(
                        "process: {nginx: {running: true}}",
                        "  expect command [\"sh\", \"-c\", \"for f in /proc/[0-9]*/comm; do [ \\\"\\$f\\\" = /proc/\\$\\$/comm ] && continue; read -r c < \\\"\\$f\\\" 2>/dev/null && [ \\\"\\$c\\\" = 'nginx' ] && exit 0; done; exit 1\"] exits 0"),
                Arguments.of(
                        "process: {nginx: {running: false}}",
                        "  expect command [\"sh\", \"-c\", \"for f in /proc/[0-9]*/comm; do [ \\\"\\$f\\\" = /proc/\\$\\$/comm ] && continue; read -r c < \\\"\\$f\\\" 2>/dev/null && [ \\\"\\$c\\\" = 'nginx' ] && exit 0; done; exit 1\"] exits 1"),
                Arguments.of(
                        "user: {app: {exists: true, uid: 1000, gid: 1000, home: /h, shell: /bin/sh}}",
                        "  expect command [\"getent\", \"passwd\", \"app\"] exits 0 { stdout matches /^app:[^:]*:1000:1000:[^:]*:\\/h:\\/bin\\/sh$/ }"),
                Arguments.of(
                        "user: {app: {exists: true, groups: [a, b.c]}}",
                        "  expect command [\"id\", \"-Gn\", \"app\"] exits 0 { stdout matches /(^| )a( |$)/ stdout matches /(^| )b\\.c( |$)/ }"),
                Arguments.of(
                        "user: {ghost: {exists: false}}",
                        "  expect command [\"getent\", \"passwd\", \"ghost\"] exits 2"),
                Arguments.of(
                        "group: {app: {exists: true, gid: 7}}",
                        "  expect command [\"getent\", \"group\", \"app\"] exits 0 { stdout matches /^app:[^:]*:7:/ }"),
                Arguments.of(
                        "group: {ghost: {exists: false}}",
                        "  expect command [\"getent\", \"group\", \"ghost\"] exits 2"),
                Arguments.of(
                        "command: {'echo $HOME': {exit-status: 0, stdout: [a, '!b', '/c+/'], stderr: ''}}",
                        "  expect command [\"sh\", \"-c\", \"echo \\$HOME\"] exits 0 { stdout contains \"a\" stdout not contains \"b\" stdout matches /c+/m stderr empty }"),
                Arguments.of(
                        "command: {v: {exec: 'app --version', exit-status: 3, stdout: '1.0'}}",
                        "  expect command [\"sh\", \"-c\", \"app --version\"] exits 3 { stdout = \"1.0\" }"),
                Arguments.of(
                        "http: {'http://localhost:8080/health?full=1': {status: 200}}",
                        "  expect http GET \"/health?full=1\" port 8080 follow redirects { status 200 }"),
                Arguments.of(
                        "http: {'http://127.0.0.1/': {status: 301, no-follow-redirects: true, method: post, request-body: '{}'}}",
                        "  expect http POST \"/\" port 80 body \"{}\" { status 301 }"),
                Arguments.of(
                        "http: {'http://localhost:1/': {status: 200, request-headers: ['Accept: text/html'], headers: ['Content-Type: text/html'], body: [ok, '!err']}}",
                        "  expect http GET \"/\" port 1 header \"Accept\" = \"text/html\" follow redirects { status 200 header \"Content-Type\" contains \"text/html\" body contains \"ok\" body matches /\\A(?![\\s\\S]*?(?:err))/m }"),
                Arguments.of(
                        "http: {'http://localhost:1/': {status: 200, username: u, password: p}}",
                        "header \"Authorization\" = \"Basic dTpw\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("importedKeys")
    void eachKeyBecomesItsContractConstruct(String yaml, String expected) {
        Imported imported = goss(yaml);

        assertThat(imported.contract()).contains(expected);
        assertThat(imported.skipped()).isEmpty();
    }

    static Stream<Arguments> skippedKeys() {
        return Stream.of(
                Arguments.of("package: {nginx: {installed: true}}", "package.nginx", "no package check"),
                Arguments.of("kernel-param: {}", "kernel-param", "no kernel parameter check"),
                Arguments.of("widgets: {}", "widgets", "not a resource type of goss"),
                Arguments.of("file: {/f: {exists: true, sha256: abc}}", "file./f.sha256", "not its size or checksum"),
                Arguments.of(
                        "file: {/f: {exists: true, filetype: pipe}}", "file./f.filetype", "does not check for a pipe"),
                Arguments.of("file: {/f: {exists: true, group: g}}", "file./f.group", "only with its owner"),
                Arguments.of("file: {/f: {exists: false, mode: '0644'}}", "file./f.mode", "expected to be absent"),
                Arguments.of(
                        "file: {/f: {exists: true, contents: {have-patterns: [x]}}}",
                        "file./f.contents",
                        "advanced matchers"),
                Arguments.of("file: {/f: {exists: true, skip: true}}", "file./f", "skip: true"),
                Arguments.of("port: {'udp:53': {listening: true}}", "port.udp:53", "not UDP ones"),
                Arguments.of("port: {'tcp:22': {listening: false}}", "port.tcp:22.listening", "not that it is closed"),
                Arguments.of("port: {'tcp:22': {listening: true, ip: [0.0.0.0]}}", "port.tcp:22.ip", "published port"),
                Arguments.of("command: {x: {exit-status: 0, timeout: 100}}", "command.x.timeout", "command timeout"),
                Arguments.of("http: {'https://localhost/': {status: 200}}", "http.https://localhost/", "plain HTTP"),
                Arguments.of(
                        "http: {'http://example.com/': {status: 200}}",
                        "http.http://example.com/",
                        "not to example.com"),
                Arguments.of(
                        "http: {'http://localhost/': {status: 200, headers: ['/json/']}}",
                        "http.http://localhost/.headers",
                        "'Name: value' patterns"),
                Arguments.of(
                        "user: {app: {exists: true, colour: red}}",
                        "user.app.colour",
                        "not an attribute of goss's user"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("skippedKeys")
    void keysWithoutAnEquivalentAreCommentsThatNameThem(String yaml, String key, String reason) {
        Imported imported = goss(yaml);

        assertThat(imported.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.key()).isEqualTo(key);
            assertThat(skipped.reason()).contains(reason);
        });
        assertThat(imported.contract())
                .containsPattern(
                        "# not imported: " + Pattern.quote(key) + " \\(line \\d+\\): .*" + Pattern.quote(reason));
    }

    @Test
    void everyCheckIsRetriedAsGossIsWithARetryTimeout() {
        assertThat(goss("port: {'tcp:80': {listening: true}}").contract())
                .contains("defaults {\n  expect within 10s\n}\n");
    }

    @Test
    void aMissingRequiredAttributeIsALocatedError() {
        Imported imported = Imports.failing(SpecFormat.GOSS, "command:\n  ls:\n    stdout: [x]\n");

        assertThat(imported.renderErrors()).startsWith("spec.yaml:3:5: error: command.ls.exit-status is required");
    }

    @Test
    void aResourceThatIsNotAMappingIsALocatedError() {
        Imported imported = Imports.failing(SpecFormat.GOSS, "port:\n  - tcp:22\n");

        assertThat(imported.renderErrors()).startsWith("spec.yaml:2:3: error: port must be a mapping, not a list");
    }

    @Test
    void aTemplateIsAnErrorThatSaysToRenderItFirst() {
        Imported imported = Imports.failing(SpecFormat.GOSS, "file:\n  /x:\n    exists: {{ .Vars.present }}\n");

        assertThat(imported.renderErrors())
                .startsWith("spec.yaml:3:13: error: a goss template: its values are known only when goss renders it")
                .contains("hint: import the output of 'goss render'");
    }
}
