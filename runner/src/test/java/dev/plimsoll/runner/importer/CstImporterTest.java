package dev.plimsoll.runner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CstImporterTest {

    private static Imported cst(String body) {
        return Imports.of(SpecFormat.CST, "schemaVersion: 2.0.0\n" + body);
    }

    static Stream<Arguments> importedKeys() {
        return Stream.of(
                Arguments.of("metadataTest:\n  envVars: [{key: A, value: b}]", "  env A = \"b\""),
                Arguments.of(
                        "metadataTest:\n  envVars: [{key: V, value: '^1\\.\\d+$', isRegex: true}]",
                        "  env V matches /^1\\.\\d+$/"),
                Arguments.of("metadataTest:\n  labels: [{key: a.b, value: 'x $y'}]", "  label \"a.b\" = \"x \\$y\""),
                Arguments.of("metadataTest:\n  exposedPorts: ['8080', '53/udp']", "  exposed port 8080/tcp"),
                Arguments.of("metadataTest:\n  exposedPorts: ['8080', '53/udp']", "  exposed port 53/udp"),
                Arguments.of("metadataTest:\n  volumes: [/data]", "  volume \"/data\""),
                Arguments.of("metadataTest:\n  entrypoint: []", "  entrypoint []"),
                Arguments.of(
                        "metadataTest:\n  cmd: [/bin/sh, -c, 'echo hi']", "  cmd [\"/bin/sh\", \"-c\", \"echo hi\"]"),
                Arguments.of("metadataTest:\n  workdir: /srv", "  workdir \"/srv\""),
                Arguments.of("metadataTest:\n  user: app", "  user \"app\""),
                Arguments.of(
                        "fileExistenceTests: [{name: d, path: /d, shouldExist: true, permissions: drwxr-x---}]",
                        "file \"/d\" exists is directory mode 0750"),
                Arguments.of(
                        "fileExistenceTests: [{name: f, path: /f, shouldExist: true, permissions: urwxr-xr-x}]",
                        "file \"/f\" exists is regular file mode 4755"),
                Arguments.of(
                        "fileExistenceTests: [{name: l, path: /l, shouldExist: true, permissions: Lrwxrwxrwx}]",
                        "file \"/l\" exists is symlink mode 0777"),
                Arguments.of(
                        "fileExistenceTests: [{name: f, path: /f, shouldExist: true, uid: 0, gid: 42}]",
                        "file \"/f\" exists owned by \"0:42\""),
                Arguments.of("fileExistenceTests: [{name: f, path: /f, shouldExist: false}]", "file \"/f\" absent"),
                Arguments.of(
                        "fileContentTests: [{name: c, path: /c, expectedContents: ['a/b', '(?P<n>x)']}]",
                        "file \"/c\" matches /a\\/b/ matches /(?<n>x)/"),
                Arguments.of(
                        "fileContentTests: [{name: c, path: /c, excludedContents: ['[[:digit:]]']}]",
                        "file \"/c\" matches /\\A(?![\\s\\S]*?(?:[\\p{Digit}]))/"),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, args: [-l, /x]}]",
                        "  entrypoint []\n  command [\"ls\", \"-l\", \"/x\"]\n  expect exit 0 within 1m"),
                Arguments.of("commandTests: [{name: t, command: 'false', exitCode: 1}]", "  expect exit 1 within 1m"),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, envVars: [{key: K, value: v}]}]", "  env K = \"v\""),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, expectedOutput: [a], excludedOutput: [b]}]",
                        "  expect stdout matches /a/\n  expect stdout not matches /b/"),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, expectedError: [a], excludedError: [b]}]",
                        "  expect stderr matches /a/\n  expect stderr not matches /b/"),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, setup: [[touch, \"it's\"], [mkdir, /d]]}]",
                        "  command [\"sh\", \"-c\", \"'touch' 'it'\\\\''s' && 'mkdir' '/d' && exec \\\"\\$0\\\" \\\"\\$@\\\"\", \"ls\"]"),
                Arguments.of(
                        "globalEnvVars: [{key: G, value: '1'}]\ncommandTests: [{name: t, command: ls}]",
                        "  env G = \"1\""),
                Arguments.of(
                        "containerRunOptions: {user: root}\ncommandTests: [{name: t, command: ls}]",
                        "  user \"root\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("importedKeys")
    void eachKeyBecomesItsContractConstruct(String yaml, String expected) {
        Imported imported = cst(yaml);

        assertThat(imported.contract()).contains(expected + "\n");
        assertThat(imported.skipped()).isEmpty();
    }

    static Stream<Arguments> skippedKeys() {
        return Stream.of(
                Arguments.of(
                        "metadataTest:\n  unexposedPorts: ['22']", "metadataTest.unexposedPorts", "not what it lacks"),
                Arguments.of(
                        "metadataTest:\n  unboundEnvVars: [{key: A}]",
                        "metadataTest.unboundEnvVars",
                        "not what it lacks"),
                Arguments.of(
                        "metadataTest:\n  unmountedVolumes: [/x]",
                        "metadataTest.unmountedVolumes",
                        "not what it lacks"),
                Arguments.of("metadataTest:\n  colour: red", "metadataTest.colour", "not a key of metadataTest"),
                Arguments.of(
                        "fileExistenceTests: [{name: f, path: /f, shouldExist: true, isExecutableBy: any}]",
                        "fileExistenceTests[0].isExecutableBy",
                        "not one execute bit"),
                Arguments.of(
                        "fileExistenceTests: [{name: f, path: /f, shouldExist: true, gid: 5}]",
                        "fileExistenceTests[0].gid",
                        "only with its owner"),
                Arguments.of(
                        "fileExistenceTests: [{name: f, path: /f, shouldExist: true, permissions: prw-------}]",
                        "fileExistenceTests[0].permissions",
                        "file type plimsoll does not check"),
                Arguments.of(
                        "fileContentTests: [{name: c, path: /c, expectedContents: ['(?<!a)b(']}]",
                        "fileContentTests[0].expectedContents",
                        "does not compile in Java"),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, teardown: [[rm, x]]}]",
                        "commandTests[0].teardown",
                        "removed when it ends"),
                Arguments.of(
                        "commandTests: [{name: t, command: ls, envVars: [{key: P, value: '/x:$PATH'}]}]",
                        "commandTests[0].envVars[0]",
                        "does not expand"),
                Arguments.of(
                        "containerRunOptions: {privileged: true}", "containerRunOptions.privileged", "this option"),
                Arguments.of("licenseTests: [{debian: true}]", "licenseTests", "no license check"),
                Arguments.of("extraTests: []", "extraTests", "not a key of container-structure-test's schema"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("skippedKeys")
    void keysWithoutAnEquivalentAreCommentsThatNameThem(String yaml, String key, String reason) {
        Imported imported = cst(yaml);

        assertThat(imported.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.key()).isEqualTo(key);
            assertThat(skipped.reason()).contains(reason);
        });
        assertThat(imported.contract())
                .containsPattern("# not imported: " + java.util.regex.Pattern.quote(key) + " \\(line \\d+\\): .*"
                        + java.util.regex.Pattern.quote(reason));
    }

    @Test
    void testsOfOnePathMergeIntoOneFileLineAndAContradictionIsNoted() {
        Imported imported = cst("fileExistenceTests:\n"
                + "  - {name: a, path: /x, shouldExist: true, permissions: -rw-r--r--}\n"
                + "  - {name: b, path: /x, shouldExist: true, permissions: -rwx------}\n"
                + "fileContentTests:\n"
                + "  - {name: c, path: /x, expectedContents: [hi]}\n");

        assertThat(imported.contract()).contains("file \"/x\" exists is regular file mode 0644 matches /hi/\n");
        assertThat(imported.skipped()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("fileExistenceTests[1].permissions");
            assertThat(s.reason()).contains("'mode 0700' contradicts 'mode 0644'");
        });
    }

    @Test
    void commandTestsWithTheSameNameGetDistinctScenarios() {
        Imported imported = cst("commandTests: [{name: t, command: ls}, {name: t, command: pwd}]");

        assertThat(imported.contract()).contains("scenario \"t\" {", "scenario \"t (2)\" {");
    }

    @Test
    void aCommandTestWithoutANameIsNamedByItsPlace() {
        assertThat(cst("commandTests: [{command: ls}]").contract()).contains("scenario \"command test 1\" {");
    }

    @Test
    void aFileWithoutSchemaVersionIsNotTakenForOne() {
        Imported imported = Imports.failing(SpecFormat.CST, "file:\n  /x:\n    exists: true\n");

        assertThat(imported.renderErrors()).startsWith("spec.yaml:1:1: error: no schemaVersion");
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        Imported imported = Imports.failing(SpecFormat.CST, "schemaVersion: 1.0.0\n");

        assertThat(imported.renderErrors()).startsWith("spec.yaml:1:16: error: schemaVersion '1.0.0' is not supported");
    }

    @Test
    void aValueOfTheWrongTypeIsALocatedError() {
        Imported imported = Imports.failing(
                SpecFormat.CST, "schemaVersion: 2.0.0\nfileExistenceTests:\n  - path: /x\n    shouldExist: maybe\n");

        assertThat(imported.renderErrors())
                .startsWith(
                        "spec.yaml:4:18: error: fileExistenceTests[0].shouldExist must be true or false, not 'maybe'");
    }

    @Test
    void aMissingRequiredKeyIsALocatedError() {
        Imported imported = Imports.failing(SpecFormat.CST, "schemaVersion: 2.0.0\ncommandTests:\n  - name: t\n");

        assertThat(imported.renderErrors()).startsWith("spec.yaml:3:5: error: commandTests[0].command is required");
    }

    @Test
    void aFileExistenceTestWithoutShouldExistIsALocatedError() {
        Imported imported = Imports.failing(
                SpecFormat.CST, "schemaVersion: 2.0.0\nfileExistenceTests:\n  - name: x\n    path: /x\n");

        assertThat(imported.renderErrors())
                .startsWith("spec.yaml:3:5: error: fileExistenceTests[0].shouldExist is required");
    }
}
