package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promote} and {@code run --promote} against two real registries on 127.0.0.1 (one open, one asking for a
 * password), pushing an image built from specs/greeter through the shared Docker engine, and reading back what
 * the registries hold over their HTTP API. plimsoll runs as pipelines run it, {@code java -jar plimsoll.jar},
 * with {@code DOCKER_CONFIG} pointing at a docker config the test writes.
 */
class PromoteIT {

    private static final String ID = UUID.randomUUID().toString().substring(0, 8);
    private static final String IMAGE = "plimsoll-promote-it:" + ID;
    private static final String REPO = "plimsoll-promote-it";
    private static final String USER = "promoter";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static LocalRegistry open;
    private static LocalRegistry locked;
    private static Path jar;

    @BeforeAll
    static void startRegistriesAndBuild() throws Exception {
        jar = Path.of(System.getProperty("plimsoll.jar", "target/plimsoll.jar"));
        assertThat(jar).as("the shaded jar, built in the package phase").isRegularFile();
        open = LocalRegistry.open(Files.createDirectories(shared.resolve("open")));
        locked = LocalRegistry.withPassword(Files.createDirectories(shared.resolve("locked")), USER, PASSWORD);
        Run build = command(
                Map.of(),
                "docker",
                "build",
                "--quiet",
                "--force-rm",
                "--label",
                "dev.plimsoll=true",
                "-t",
                IMAGE,
                SPECS.resolve("greeter").toString());
        assertThat(build.exitCode()).as("docker build: %s", build.err()).isZero();
    }

    @AfterAll
    static void stopRegistriesAndUntag() throws Exception {
        for (LocalRegistry registry : new LocalRegistry[] {open, locked}) {
            if (registry != null) registry.close();
        }
        // Every name the tests gave: the image under each registry, then the one built here.
        Run names = command(Map.of(), "docker", "image", "ls", "--format", "{{.Repository}}:{{.Tag}}");
        List<String> ours = new ArrayList<>();
        for (String name : names.out().split("\n")) {
            if ((open != null && name.startsWith(open.host() + "/"))
                    || (locked != null && name.startsWith(locked.host() + "/"))) {
                ours.add(name);
            }
        }
        ours.add(IMAGE);
        List<String> rm = new ArrayList<>(List.of("docker", "image", "rm"));
        rm.addAll(ours);
        command(Map.of(), rm.toArray(String[]::new));
    }

    @Test
    void promotePushesEveryVersionTagUnderOneDigestAndNothingElse() throws Exception {
        Run run = plimsoll(
                config(Map.of()),
                "promote",
                IMAGE,
                "--version",
                "1.4.2",
                "--semver",
                "--latest",
                "--tag",
                "edge",
                "--registry",
                open.host() + "/semver");

        assertThat(run.exitCode()).as(run.all()).isZero();
        String name = "semver/" + REPO;
        assertThat(open.tags(name)).containsExactlyInAnyOrder("1.4.2", "1.4", "1", "latest", "edge");
        Set<String> digests = new LinkedHashSet<>();
        for (String tag : open.tags(name)) {
            digests.add(open.digest(name, tag));
        }
        assertThat(digests).hasSize(1);
        String digest = digests.iterator().next();
        assertThat(run.out())
                .contains(
                        "pushed " + open.host() + "/" + name + ":1.4.2 " + digest + "\n",
                        "pushed " + open.host() + "/" + name + ":edge " + digest + "\n",
                        open.host() + ": 5 of 5 tags pushed\n");
    }

    @Test
    void theRegistryWithAPasswordTakesTheRightOneAndRefusesAWrongOneNamingItself() throws Exception {
        Run right = plimsoll(
                config(Map.of(locked.host(), USER + ":" + PASSWORD)),
                "promote",
                IMAGE,
                "--version",
                "3.0.1",
                "--semver",
                "--registry",
                locked.host() + "/auth");
        Run wrong = plimsoll(
                config(Map.of(locked.host(), USER + ":not-" + PASSWORD)),
                "promote",
                IMAGE,
                "--version",
                "3.0.2",
                "--registry",
                locked.host() + "/auth");
        Run none = plimsoll(config(Map.of()), "promote", IMAGE, "--tag", "anonymous", "--registry", locked.host());

        assertThat(right.exitCode()).as(right.all()).isZero();
        assertThat(locked.tags("auth/" + REPO)).containsExactlyInAnyOrder("3.0.1", "3.0", "3");
        assertThat(wrong.exitCode()).as(wrong.all()).isEqualTo(5);
        assertThat(wrong.err())
                .startsWith("plimsoll: registry " + locked.host() + " refused " + locked.host() + "/auth/" + REPO
                        + ":3.0.2")
                .doesNotContain(PASSWORD);
        assertThat(wrong.out()).doesNotContain(PASSWORD);
        assertThat(none.exitCode()).as(none.all()).isEqualTo(5);
        assertThat(none.err()).contains("registry " + locked.host() + " refused", "without credentials");
        assertThat(locked.repositories()).containsExactly("auth/" + REPO);
        assertThat(locked.tags("auth/" + REPO)).containsExactlyInAnyOrder("3.0.1", "3.0", "3");
    }

    @Test
    void whenOneRegistryOfTwoRefusesTheReportSaysWhichTagsWentWhere() throws Exception {
        Run run = plimsoll(
                config(Map.of()),
                "promote",
                IMAGE,
                "--version",
                "0.9.0",
                "--semver",
                "--suffix",
                "slim",
                "--registry",
                open.host() + "/partial",
                "--registry",
                locked.host() + "/partial");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(5);
        assertThat(open.tags("partial/" + REPO)).containsExactlyInAnyOrder("0.9.0-slim", "0.9-slim");
        assertThat(locked.tags("partial/" + REPO)).isEmpty();
        String digest = open.digest("partial/" + REPO, "0.9-slim");
        String there = locked.host() + "/partial/" + REPO;
        assertThat(run.out())
                .contains(
                        "pushed " + open.host() + "/partial/" + REPO + ":0.9.0-slim " + digest + "\n",
                        "pushed " + open.host() + "/partial/" + REPO + ":0.9-slim " + digest + "\n",
                        "not pushed " + there + ":0.9.0-slim: registry " + locked.host() + " refused " + there
                                + ":0.9.0-slim (without credentials): ",
                        "not pushed " + there + ":0.9-slim: not tried: " + locked.host() + " refused " + there
                                + ":0.9.0-slim before\n",
                        open.host() + ": 2 of 2 tags pushed\n",
                        locked.host() + ": 0 of 2 tags pushed\n");
    }

    @Test
    void aDryRunPrintsTheDockerCommandsAndPushesNothing() throws Exception {
        Run run = plimsoll(
                config(Map.of()),
                "promote",
                IMAGE,
                "--version",
                "2.1.0",
                "--semver",
                "--latest",
                "--dry-run",
                "--registry",
                open.host() + "/dry");

        assertThat(run.exitCode()).as(run.all()).isZero();
        String target = open.host() + "/dry/" + REPO;
        assertThat(run.out())
                .isEqualTo("docker tag " + IMAGE + " " + target + ":2.1.0\n"
                        + "docker tag " + IMAGE + " " + target + ":2.1\n"
                        + "docker tag " + IMAGE + " " + target + ":2\n"
                        + "docker tag " + IMAGE + " " + target + ":latest\n"
                        + "docker push " + target + ":2.1.0\n"
                        + "docker push " + target + ":2.1\n"
                        + "docker push " + target + ":2\n"
                        + "docker push " + target + ":latest\n"
                        + "dry run: nothing was tagged or pushed\n");
        assertThat(open.tags("dry/" + REPO)).isEmpty();
        assertThat(command(Map.of(), "docker", "image", "inspect", target + ":2.1.0")
                        .exitCode())
                .as("a local tag made by the dry run")
                .isNotZero();
    }

    @Test
    void aBadVersionOrAMissingImageStopsBeforeAnythingIsPushed() throws Exception {
        Run badVersion = plimsoll(
                config(Map.of()), "promote", IMAGE, "--version", "1.2", "--semver", "--registry", open.host() + "/bad");
        Run missing = plimsoll(
                config(Map.of()),
                "promote",
                "plimsoll-promote-it-missing:" + ID,
                "--version",
                "1.0.0",
                "--registry",
                open.host() + "/bad");
        Run badTag = plimsoll(config(Map.of()), "promote", IMAGE, "--tag", "-dash", "--registry", open.host() + "/bad");

        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err())
                .startsWith("plimsoll: --version '1.2' is not a semantic version (MAJOR.MINOR.PATCH");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("plimsoll: image 'plimsoll-promote-it-missing:" + ID
                        + "' does not exist locally; build or pull it first\n");
        assertThat(badTag.exitCode()).isEqualTo(2);
        assertThat(badTag.err()).startsWith("plimsoll: '-dash' is not a tag Docker accepts");
        assertThat(open.tags("bad/" + REPO)).isEmpty();
    }

    @Test
    void runPromotePushesAfterAPassAndNothingAfterAFailingContract() throws Exception {
        Path contract = dir.resolve("greeter.contract");
        Files.writeString(
                contract,
                "build \"" + SPECS.resolve("greeter") + "\"\n"
                        + "file \"/data\" is directory owned by \"app:app\" mode 0750\n"
                        + "image has { user \"app\" }\n");
        Path xml = dir.resolve("report.xml");
        String registry = open.host() + "/run";

        Run pass = plimsoll(
                config(Map.of()),
                "run",
                contract.toString(),
                "--junit-xml",
                xml.toString(),
                "--promote",
                "--version",
                "5.6.7",
                "--semver",
                "--registry",
                registry);
        Run fail = plimsoll(
                config(Map.of()),
                "run",
                SPECS.resolve("broken/wrong-owner").toString(),
                "--promote",
                "--version",
                "5.6.7",
                "--registry",
                registry);

        assertThat(pass.exitCode()).as(pass.all()).isZero();
        assertThat(open.tags("run/greeter")).containsExactlyInAnyOrder("5.6.7", "5.6", "5");
        String digest = open.digest("run/greeter", "5.6.7");
        assertThat(open.digest("run/greeter", "5")).isEqualTo(digest);
        assertThat(pass.out()).contains("pushed " + open.host() + "/run/greeter:5.6.7 " + digest + "\n");
        String report = Files.readString(xml);
        assertThat(report)
                .contains("<property name=\"plimsoll.promoted\" value=\"" + open.host() + "/run/greeter:5.6.7@" + digest
                        + "\"/>");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(PromoteIT.class.getResource("/junit-10.xsd"))
                .newValidator()
                .validate(new StreamSource(xml.toFile()));

        assertThat(fail.exitCode()).as(fail.all()).isEqualTo(1);
        assertThat(fail.out()).contains("checks held and promotion needs every one, so nothing was tagged or pushed\n");
        assertThat(open.repositories()).doesNotContain("run/wrong-owner");
        Matcher shown = DIGEST.matcher(pass.out());
        assertThat(shown.find()).isTrue();
    }

    /** A docker config folder whose config.json has {@code auths} for each registry given ({@code user:password}). */
    private Path config(Map<String, String> auths) throws IOException {
        Path folder = Files.createTempDirectory(dir, "docker-config");
        StringBuilder json = new StringBuilder("{\"auths\": {");
        String separator = "";
        for (Map.Entry<String, String> auth : auths.entrySet()) {
            String encoded = Base64.getEncoder().encodeToString(auth.getValue().getBytes(StandardCharsets.UTF_8));
            json.append(separator)
                    .append('"')
                    .append(auth.getKey())
                    .append("\": {\"auth\": \"")
                    .append(encoded)
                    .append("\"}");
            separator = ", ";
        }
        Files.writeString(folder.resolve("config.json"), json.append("}}\n"));
        return folder;
    }

    private static Run plimsoll(Path dockerConfig, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command(Map.of("DOCKER_CONFIG", dockerConfig.toString()), command.toArray(String[]::new));
    }

    private static Run command(Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile("plimsoll-promote-it", ".out");
        Path err = Files.createTempFile("plimsoll-promote-it", ".err");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES))
                    .as("%s finished", command[0])
                    .isTrue();
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Run(int exitCode, String out, String err) {
        String all() {
            return "exit " + exitCode + "\n" + out + err;
        }
    }
}
