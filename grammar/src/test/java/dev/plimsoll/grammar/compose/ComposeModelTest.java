package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported service key lands in the typed model, with the position it was written at. */
class ComposeModelTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySupportedKey() {
        ComposeFixture f = new ComposeFixture(dir)
                .file("app.env", "FROM_FILE=1", "OVERRIDDEN=file")
                .file(
                        "compose.yml",
                        "services:",
                        "  api:",
                        "    build:",
                        "      context: ./api",
                        "      dockerfile: Dockerfile.dev",
                        "      args: [VERSION=1.2]",
                        "      target: runtime",
                        "    image: acme/api:dev",
                        "    command: serve --port \"8 080\"",
                        "    entrypoint: [\"/bin/tini\", \"--\"]",
                        "    env_file: app.env",
                        "    environment:",
                        "      OVERRIDDEN: compose",
                        "      FROM_SHELL:",
                        "    user: \"1000:1000\"",
                        "    working_dir: /srv",
                        "    labels: [\"team=core\"]",
                        "    ports: [\"${API_PORT:-8080}:8080\", \"127.0.0.1:53:53/udp\", {target: 9000, published: 1}]",
                        "    volumes:",
                        "      - data:/var/lib/api",
                        "      - ./conf:/etc/api:ro",
                        "      - /tmp/cache",
                        "      - {type: bind, source: ./logs, target: /logs, read_only: true}",
                        "    depends_on:",
                        "      db: {condition: service_healthy}",
                        "      migrate: {condition: service_completed_successfully}",
                        "    healthcheck:",
                        "      test: curl -f http://localhost:8080/health",
                        "      interval: 5s",
                        "      retries: 3",
                        "    networks:",
                        "      back:",
                        "        aliases: [api.internal, notes]",
                        "  db:",
                        "    image: postgres:16",
                        "    healthcheck: {disable: true}",
                        "  migrate:",
                        "    image: acme/api:dev",
                        "volumes:",
                        "  data:",
                        "networks:",
                        "  back: {}");

        ComposeResult result =
                ComposeLoader.load(f.request("compose.yml").withVariables(Map.of(), Map.of("FROM_SHELL", "shell")));
        ComposeProject project = f.project(result);
        ComposeService api = project.service("api").orElseThrow();

        ComposeBuild build = api.build().orElseThrow();
        assertThat(build.context()).isEqualTo(dir.resolve("api").toAbsolutePath());
        assertThat(build.dockerfile()).contains("Dockerfile.dev");
        assertThat(build.args())
                .extracting(a -> a.name() + "=" + a.value().orElseThrow())
                .containsExactly("VERSION=1.2");
        assertThat(build.target()).contains("runtime");
        assertThat(api.image().map(Value::text)).contains("acme/api:dev");
        assertThat(api.command().orElseThrow().words()).containsExactly("serve", "--port", "8 080");
        assertThat(api.entrypoint().orElseThrow().words()).containsExactly("/bin/tini", "--");
        assertThat(api.environment())
                .extracting(e -> e.name() + "=" + e.value().orElse("<unset>"))
                .containsExactly("FROM_FILE=1", "OVERRIDDEN=compose", "FROM_SHELL=shell");
        assertThat(api.environment().get(0).origin().file()).isEqualTo(dir.resolve("app.env"));
        assertThat(api.envFiles()).extracting(Value::text).containsExactly("app.env");
        assertThat(api.user().map(Value::text)).contains("1000:1000");
        assertThat(api.workingDir().map(Value::text)).contains("/srv");
        assertThat(api.labels()).extracting(EnvVar::name).containsExactly("team");
        assertThat(api.ports())
                .extracting(p -> p.port() + "/" + p.protocol())
                .containsExactly("8080/tcp", "53/udp", "9000/tcp");
        assertThat(api.mounts())
                .satisfiesExactly(
                        m -> assertThat(m).isEqualTo(new Mount.Named("data", "/var/lib/api", false, m.origin())),
                        m -> assertThat(m).isEqualTo(new Mount.Bind(dir.resolve("conf"), "/etc/api", true, m.origin())),
                        m -> assertThat(m).isEqualTo(new Mount.Anonymous("/tmp/cache", false, m.origin())),
                        m -> assertThat(m).isEqualTo(new Mount.Bind(dir.resolve("logs"), "/logs", true, m.origin())));
        assertThat(api.dependsOn())
                .extracting(d -> d.service() + ":" + d.condition().yamlName())
                .containsExactly("db:service_healthy", "migrate:service_completed_successfully");
        Healthcheck health = api.healthcheck().orElseThrow();
        assertThat(health.test()).containsExactly("CMD-SHELL", "curl -f http://localhost:8080/health");
        assertThat(health.interval()).contains("5s");
        assertThat(health.retries()).contains(3);
        assertThat(health.disabled()).isFalse();
        assertThat(project.service("db")
                        .orElseThrow()
                        .healthcheck()
                        .orElseThrow()
                        .disabled())
                .isTrue();
        assertThat(api.networks()).singleElement().satisfies(n -> {
            assertThat(n.network()).isEqualTo("back");
            assertThat(n.aliases()).containsExactly("api.internal", "notes");
        });
        assertThat(project.volumes()).containsOnlyKeys("data");
        assertThat(project.names()).containsExactly("db", "migrate", "api");
    }

    @Test
    void keepsTheLineAndColumnOfEachValue() {
        ComposeFixture f = new ComposeFixture(dir)
                .file("compose.yml", "services:", "  api:", "    image: acme/api", "    ports:", "      - \"8080\"");

        ComposeService api = f.project(f.load("compose.yml")).service("api").orElseThrow();

        assertThat(api.origin().span().line()).isEqualTo(2);
        assertThat(api.image().orElseThrow().origin().span()).satisfies(s -> {
            assertThat(s.line()).isEqualTo(3);
            assertThat(s.column()).isEqualTo(12);
        });
        assertThat(api.ports().get(0).origin().span().line()).isEqualTo(5);
        assertThat(api.ports().get(0).origin().span().column()).isEqualTo(9);
    }

    @Test
    void readsAVersionOneFileWithLinksAsStartedDependencies() {
        ComposeFixture f = new ComposeFixture(dir)
                .file(
                        "fig.yml",
                        "web:",
                        "  build: .",
                        "  links:",
                        "    - redis:cache",
                        "  ports:",
                        "    - \"5000:5000\"",
                        "redis:",
                        "  image: redis");

        ComposeResult result = f.load("fig.yml");
        ComposeProject project = f.project(result);

        assertThat(project.names()).containsExactly("redis", "web");
        ComposeService web = project.service("web").orElseThrow();
        assertThat(web.links()).singleElement().satisfies(l -> {
            assertThat(l.service()).isEqualTo("redis");
            assertThat(l.alias()).isEqualTo("cache");
        });
        assertThat(result.render(f::name))
                .startsWith("fig.yml:1:1: warning: version 1 layout (services at the top level, as in fig.yml)");
    }

    @Test
    void splitsStringCommandsLikeAShell() {
        assertThat(Words.split("sh -c 'echo $HOME' \"a \\\"b\\\"\" c\\ d"))
                .containsExactly("sh", "-c", "echo $HOME", "a \"b\"", "c d");
        assertThat(Words.split("  ")).isEmpty();
    }

    @Test
    void readsDotEnvSyntax() {
        DotEnv.Read read = DotEnv.parse(
                String.join(
                        "\n",
                        "# comment",
                        "",
                        "PLAIN=value # comment",
                        "HASH=va#lue",
                        "export EXPORTED=yes",
                        "SINGLE='${PLAIN} \\n'",
                        "DOUBLE=\"${PLAIN}\\tx # kept\" # dropped",
                        "EMPTY=",
                        "BAD NAME=1"),
                name -> Optional.empty());

        assertThat(read.values())
                .containsExactly(
                        Map.entry("PLAIN", "value"),
                        Map.entry("HASH", "va#lue"),
                        Map.entry("EXPORTED", "yes"),
                        Map.entry("SINGLE", "${PLAIN} \\n"),
                        Map.entry("DOUBLE", "value\tx # kept"),
                        Map.entry("EMPTY", ""));
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("'BAD NAME' is not a variable name");
            assertThat(d.span().line()).isEqualTo(9);
        });
        assertThat(List.copyOf(read.values().keySet())).doesNotContain("BAD NAME");
    }
}
