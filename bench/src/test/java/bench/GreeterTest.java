package bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** What specs/greeter/greeter.contract promises, one fresh container per test as plimsoll does per scenario. */
class GreeterTest {

    static final DockerImageName IMAGE = DockerImageName.parse("plimsoll-spec/greeter:latest");

    static GenericContainer<?> greeter() {
        return new GenericContainer<>(IMAGE).withExposedPorts(8080);
    }

    @Test
    void imageFactsAndFiles() throws Exception {
        DockerClient docker = DockerClientFactory.instance().client();
        InspectImageResponse image = docker.inspectImageCmd(IMAGE.asCanonicalNameString()).exec();
        assertThat(image.getConfig().getUser()).isEqualTo("app");
        assertThat(Arrays.toString(image.getConfig().getExposedPorts())).contains("8080/tcp");
        assertThat(image.getConfig().getVolumes()).containsKey("/data");
        assertThat(image.getConfig().getEnv()).contains("GREETING=hello");
        assertThat(image.getConfig().getLabels()).containsEntry("org.opencontainers.image.title", "greeter");
        assertThat(image.getConfig().getHealthcheck()).isNotNull();
        // this docker-java model has no StopSignal: ask the CLI, as a suite would
        Process inspect = new ProcessBuilder(
                        "docker", "image", "inspect", "-f", "{{.Config.StopSignal}}", IMAGE.asCanonicalNameString())
                .start();
        assertThat(new String(inspect.getInputStream().readAllBytes()).strip()).isEqualTo("SIGTERM");
        assertThat(image.getSize()).isLessThan(300_000_000L);
        // no exposed port: Testcontainers would wait for one that sleep never opens
        try (GenericContainer<?> c = new GenericContainer<>(IMAGE)
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep", "infinity"))) {
            c.start();
            assertThat(c.execInContainer("stat", "-c", "%F %a %U:%G", "/data").getStdout())
                    .isEqualTo("directory 750 app:app\n");
            assertThat(c.execInContainer("stat", "-c", "%a", "/usr/local/bin/greeter").getStdout())
                    .isEqualTo("755\n");
            assertThat(c.execInContainer("cat", "/srv/www/index.html").getStdout()).contains("greeter");
            assertThat(c.execInContainer("test", "-e", "/root/.ssh").getExitCode()).isNotZero();
        }
    }

    @Test
    void servesHealthOnTheConfiguredPort() throws Exception {
        try (GenericContainer<?> c = new GenericContainer<>(IMAGE)
                .withEnv("PORT", "9000")
                .withExposedPorts(9000)
                .waitingFor(Wait.forLogMessage(".*greeter listening on port 9000.*", 1)
                        .withStartupTimeout(Duration.ofSeconds(10)))) {
            c.start();
            assertThat(c.getLogs(OutputFrame.OutputType.STDOUT)).contains("greeter starting as app");
            assertThat(c.getLogs(OutputFrame.OutputType.STDERR)).isEmpty();
            // the image has no ps: ask the engine, as docker top does (uids: the host's names differ)
            String app = c.execInContainer("id", "-u", "app").getStdout().strip();
            String[][] processes = DockerClientFactory.instance()
                    .client()
                    .topContainerCmd(c.getContainerId())
                    .withPsArgs("-o pid,uid,comm")
                    .exec()
                    .getProcesses();
            assertThat(Arrays.stream(processes).filter(p -> p[2].equals("httpd")))
                    .isNotEmpty()
                    .allMatch(p -> p[1].equals(app));
            HttpResponse<String> health = Http.get(c.getMappedPort(9000), "/cgi-bin/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(health.body()).contains("\"status\":\"ok\"", "\"port\":9000");
        }
    }

    @Test
    void stopsCleanlyOnSigterm() throws Exception {
        try (GenericContainer<?> c = greeter().waitingFor(Wait.forLogMessage(".*listening.*", 1))) {
            c.start();
            DockerClient docker = DockerClientFactory.instance().client();
            docker.killContainerCmd(c.getContainerId()).withSignal("SIGTERM").exec();
            Poll.until(Duration.ofSeconds(5), () -> !c.isRunning());
            assertThat(c.getCurrentContainerInfo().getState().getExitCodeLong()).isZero();
            assertThat(c.getLogs(OutputFrame.OutputType.STDOUT)).contains("greeter stopped");
        }
    }

    @Test
    void reloadsOnSighupAndKeepsRunning() throws Exception {
        try (GenericContainer<?> c = greeter().waitingFor(Wait.forLogMessage(".*listening.*", 1))) {
            c.start();
            DockerClientFactory.instance().client().killContainerCmd(c.getContainerId()).withSignal("SIGHUP").exec();
            Thread.sleep(2000);
            assertThat(c.isRunning()).isTrue();
            assertThat(c.getLogs()).contains("greeter reloading");
        }
    }

    @Test
    void visitsSurviveANewContainer() throws Exception {
        String volume = "bench-" + UUID.randomUUID();
        DockerClient docker = DockerClientFactory.instance().client();
        docker.createVolumeCmd().withName(volume).exec();
        try {
            for (String expected : new String[] {"visits=1\n", "visits=2"}) {
                try (GenericContainer<?> c = greeter()
                        .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                                .withBinds(com.github.dockerjava.api.model.Bind.parse(volume + ":/data")))
                        .waitingFor(Wait.forLogMessage(".*listening.*", 1))) {
                    c.start();
                    assertThat(Http.get(c.getMappedPort(8080), "/cgi-bin/visit").body()).contains(expected);
                }
            }
        } finally {
            docker.removeVolumeCmd(volume).exec();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "ahoy"})
    void greetingIsConfigurable(String greeting) throws Exception {
        try (GenericContainer<?> c = greeter()
                .withEnv("GREETING", greeting)
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofSeconds(20)))) {
            c.start();
            assertThat(Http.get(c.getMappedPort(8080), "/cgi-bin/health").body())
                    .contains("\"greeting\":\"" + greeting + "\"");
        }
    }

    @Test
    void startsFast() {
        try (GenericContainer<?> c = greeter()
                .waitingFor(Wait.forLogMessage(".*listening.*", 1).withStartupTimeout(Duration.ofSeconds(2)))) {
            c.start();
        }
    }
}
