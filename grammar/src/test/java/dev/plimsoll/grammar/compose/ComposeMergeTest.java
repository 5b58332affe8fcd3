package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files merge as {@code docker compose -f a -f b} merges them; extends and profiles as Compose does. */
class ComposeMergeTest {
    @TempDir
    Path dir;

    @Test
    void laterFileOverridesScalarsAndReplacesCommand() {
        ComposeFixture f = new ComposeFixture(dir)
                .file("a.yml", "services:", "  api:", "    image: api:1", "    command: [\"serve\", \"--old\"]")
                .file("b.yml", "services:", "  api:", "    image: api:2", "    command: serve --new");

        ComposeService api = service(f, f.load("a.yml", "b.yml"), "api");

        assertThat(api.image().orElseThrow().text()).isEqualTo("api:2");
        assertThat(api.command().orElseThrow().words()).containsExactly("serve", "--new");
        assertThat(api.image().orElseThrow().origin().file()).isEqualTo(f.path("b.yml"));
    }

    @Test
    void environmentAndLabelsMergeByNameWhicheverFormEachFileUses() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "a.yml",
                        "services:",
                        "  api:",
                        "    image: api",
                        "    environment:",
                        "      - A=1",
                        "      - B=2",
                        "    labels: {team: core}")
                .file(
                        "b.yml",
                        "services:",
                        "  api:",
                        "    environment:",
                        "      B: 3",
                        "      C: 4",
                        "    labels: [\"tier=web\"]");

        ComposeService api = service(f, f.load("a.yml", "b.yml"), "api");

        assertThat(api.environment())
                .extracting(e -> e.name() + "=" + e.value().orElse("?"))
                .containsExactly("A=1", "B=3", "C=4");
        assertThat(api.labels()).extracting(EnvVar::name).containsExactly("team", "tier");
    }

    @Test
    void portsAndVolumesStayUniqueByTheirKeyAndOtherListsAppend() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "a.yml",
                        "services:",
                        "  api:",
                        "    image: api",
                        "    ports: [\"8080:80\", \"9000\"]",
                        "    volumes: [\"data:/data\", \"./conf:/etc/app\"]",
                        "    profiles: [web]",
                        "volumes: {data: {}, other: {}}")
                .file(
                        "b.yml",
                        "services:",
                        "  api:",
                        "    ports: [\"8080:80\", \"9100\"]",
                        "    volumes: [\"other:/data:ro\"]",
                        "    profiles: [debug]");

        ComposeResult result = ComposeLoader.load(f.request("a.yml", "b.yml").withProfiles(List.of("web")));
        ComposeService api = service(f, result, "api");

        assertThat(api.ports()).extracting(ContainerPort::port).containsExactly(80, 9000, 9100);
        assertThat(api.mounts()).hasSize(2);
        assertThat(api.mounts().get(1))
                .isEqualTo(new Mount.Bind(
                        dir.resolve("conf").toAbsolutePath().normalize(),
                        "/etc/app",
                        false,
                        api.mounts().get(1).origin()));
        assertThat(api.mounts().get(0)).isInstanceOfSatisfying(Mount.Named.class, m -> {
            assertThat(m.volume()).isEqualTo("other");
            assertThat(m.readOnly()).isTrue();
        });
        assertThat(api.profiles()).containsExactly("web", "debug");
    }

    @Test
    void resetRemovesAndOverrideReplacesAValue() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "a.yml",
                        "services:",
                        "  api:",
                        "    image: api",
                        "    ports: [\"80\"]",
                        "    environment: {A: 1, B: 2}")
                .file("b.yml", "services:", "  api:", "    ports: !reset []", "    environment: !override {C: 3}");

        ComposeService api = service(f, f.load("a.yml", "b.yml"), "api");

        assertThat(api.ports()).isEmpty();
        assertThat(api.environment()).extracting(EnvVar::name).containsExactly("C");
    }

    @Test
    void overrideFilePathsAreRelativeToTheFirstFile() {
        ComposeFixture f = new ComposeFixture(dir)
                .file("compose.yml", "services:", "  api:", "    build: ./api")
                .file("overrides/local.yml", "services:", "  api:", "    volumes: [\"./src:/src\"]");

        ComposeService api = service(f, f.load("compose.yml", "overrides/local.yml"), "api");

        assertThat(api.build().orElseThrow().context())
                .isEqualTo(dir.resolve("api").toAbsolutePath());
        assertThat(((Mount.Bind) api.mounts().get(0)).source())
                .isEqualTo(dir.resolve("src").toAbsolutePath());
    }

    @Test
    void extendsAServiceOfTheSameFile() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "compose.yml",
                        "services:",
                        "  base:",
                        "    image: app",
                        "    environment: [MODE=base, KEEP=1]",
                        "  worker:",
                        "    extends: base",
                        "    environment: [MODE=worker]",
                        "    command: work");

        ComposeService worker = service(f, f.load("compose.yml"), "worker");

        assertThat(worker.image().orElseThrow().text()).isEqualTo("app");
        assertThat(worker.environment())
                .extracting(e -> e.name() + "=" + e.value().orElse("?"))
                .containsExactly("MODE=worker", "KEEP=1");
        assertThat(worker.command().orElseThrow().words()).containsExactly("work");
    }

    @Test
    void extendsAServiceOfAnotherFileWithItsPathsRelativeToThatFile() {
        ComposeFixture f = new ComposeFixture(dir)
                .file("common/services.yml", "services:", "  web:", "    build: ./web", "    ports: [\"80\"]")
                .file(
                        "compose.yml",
                        "services:",
                        "  api:",
                        "    extends:",
                        "      file: common/services.yml",
                        "      service: web",
                        "    ports: [\"443\"]");

        ComposeService api = service(f, f.load("compose.yml"), "api");

        assertThat(api.build().orElseThrow().context())
                .isEqualTo(dir.resolve("common/web").toAbsolutePath());
        assertThat(api.ports()).extracting(ContainerPort::port).containsExactly(80, 443);
    }

    @Test
    void servicesOfProfilesNotChosenDoNotStart() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "compose.yml",
                        "services:",
                        "  api:",
                        "    image: api",
                        "  tools:",
                        "    image: tools",
                        "    profiles: [debug]");

        assertThat(f.project(f.load("compose.yml")).names()).containsExactly("api");
        assertThat(f.project(ComposeLoader.load(f.request("compose.yml").withProfiles(List.of("debug"))))
                        .names())
                .containsExactly("api", "tools");
    }

    @Test
    void servicesStartAfterWhatTheyDependOn() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "compose.yml",
                        "services:",
                        "  api:",
                        "    image: api",
                        "    depends_on: [migrate]",
                        "  migrate:",
                        "    image: m",
                        "    depends_on:",
                        "      db:",
                        "        condition: service_healthy",
                        "  db:",
                        "    image: db");

        ComposeProject project = f.project(f.load("compose.yml"));

        assertThat(project.names()).containsExactly("db", "migrate", "api");
        assertThat(project.service("migrate").orElseThrow().dependsOn())
                .extracting(Dependency::condition)
                .containsExactly(Dependency.Condition.SERVICE_HEALTHY);
    }

    @Test
    void variablesComeFromSetThenEnvironmentThenDotEnv() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(".env", "A=from-dotenv", "B=from-dotenv", "C=from-dotenv # a comment", "D='${A}'")
                .file("compose.yml", "services:", "  api:", "    image: \"api:${A}-${B}-${C}-${D}\"");

        ComposeResult result = ComposeLoader.load(f.request("compose.yml")
                .withVariables(java.util.Map.of("A", "from-set"), java.util.Map.of("A", "from-env", "B", "from-env")));

        assertThat(service(f, result, "api").image().map(Value::text))
                .isEqualTo(Optional.of("api:from-set-from-env-from-dotenv-${A}"));
    }

    private static ComposeService service(ComposeFixture f, ComposeResult result, String name) {
        return f.project(result).service(name).orElseThrow();
    }
}
