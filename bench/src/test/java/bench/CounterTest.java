package bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectImageResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** What specs/counter/counter.contract promises: an app with a redis beside it on a network of its own. */
class CounterTest {

    static final DockerImageName IMAGE = DockerImageName.parse("plimsoll-spec/counter:latest");
    static final DockerImageName REDIS = DockerImageName.parse("plimsoll-spec/redis:latest");

    @Test
    void imageFactsAndFiles() throws Exception {
        InspectImageResponse image = DockerClientFactory.instance()
                .client()
                .inspectImageCmd(IMAGE.asCanonicalNameString())
                .exec();
        assertThat(image.getConfig().getUser()).isEqualTo("app");
        assertThat(Arrays.toString(image.getConfig().getExposedPorts())).contains("8000/tcp");
        assertThat(image.getConfig().getEnv()).contains("PORT=8000");
        assertThat(image.getConfig().getLabels()).containsEntry("org.opencontainers.image.title", "counter");
        try (GenericContainer<?> c = new GenericContainer<>(IMAGE).withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep", "infinity"))) {
            c.start();
            assertThat(c.execInContainer("stat", "-c", "%a", "/srv/www/cgi-bin/hit").getStdout())
                    .isEqualTo("755\n");
        }
    }

    private static GenericContainer<?> redis(Network network) {
        return new GenericContainer<>(REDIS)
                .withNetwork(network)
                .withNetworkAliases("redis")
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*", 1));
    }

    private static GenericContainer<?> counter(Network network) {
        return new GenericContainer<>(IMAGE)
                .withNetwork(network)
                .withEnv("REDIS_HOST", "redis")
                .withExposedPorts(8000)
                .waitingFor(Wait.forLogMessage(".*counter ready.*", 1));
    }

    @Test
    void countsHitsInRedis() throws Exception {
        try (Network network = Network.newNetwork();
                GenericContainer<?> redis = redis(network);
                GenericContainer<?> app = counter(network)) {
            redis.start();
            app.start();
            assertThat(Http.get(app.getMappedPort(8000), "/cgi-bin/hit").body()).contains("\"hits\":1");
            assertThat(Http.get(app.getMappedPort(8000), "/cgi-bin/hit").body()).contains("\"hits\":2");
        }
    }

    @Test
    void saysSoWhenRedisIsGone() throws Exception {
        try (Network network = Network.newNetwork();
                GenericContainer<?> redis = redis(network);
                GenericContainer<?> app = counter(network)) {
            redis.start();
            app.start();
            DockerClientFactory.instance().client().stopContainerCmd(redis.getContainerId()).exec();
            int port = app.getMappedPort(8000);
            Poll.until(Duration.ofSeconds(5), () -> Http.get(port, "/cgi-bin/hit").statusCode() == 503);
            var response = Http.get(port, "/cgi-bin/hit");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(response.body()).contains("unreachable");
            Thread.sleep(1000);
            assertThat(app.isRunning()).isTrue();
        }
    }

    /** Started means exited here: the promise is about how it ends. */
    static final class ExitedStartupCheck extends StartupCheckStrategy {
        @Override
        public StartupStatus checkStartupState(com.github.dockerjava.api.DockerClient docker, String id) {
            return Boolean.TRUE.equals(getCurrentState(docker, id).getRunning())
                    ? StartupStatus.NOT_YET_KNOWN
                    : StartupStatus.SUCCESSFUL;
        }
    }

    @Test
    void refusesToStartWithoutRedisHost() {
        try (GenericContainer<?> c = new GenericContainer<>(IMAGE)
                .withStartupCheckStrategy(new ExitedStartupCheck().withTimeout(Duration.ofSeconds(5)))) {
            c.start();
            assertThat(c.getCurrentContainerInfo().getState().getExitCodeLong()).isEqualTo(3L);
            assertThat(c.getLogs(OutputFrame.OutputType.STDERR)).contains("REDIS_HOST is not set");
        }
    }
}
