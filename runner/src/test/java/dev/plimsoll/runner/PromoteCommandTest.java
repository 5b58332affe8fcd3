package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.runner.docker.CleanReport;
import dev.plimsoll.runner.docker.CleanRequest;
import dev.plimsoll.runner.docker.DockerTasks;
import dev.plimsoll.runner.docker.ImageSurvey;
import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import dev.plimsoll.runner.promote.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promote} and {@code run --promote} with the fake engine and a Docker that records what it is asked. */
class PromoteCommandTest {

    private static final String DIGEST = "sha256:" + "cd".repeat(32);

    @TempDir
    Path dir;

    private final List<PromotionOrder> orders = new ArrayList<>();
    private Optional<String> refusingRegistry = Optional.empty();

    private final DockerTasks docker = new DockerTasks() {
        @Override
        public ImageSurvey survey(String reference, Optional<String> dockerHost) {
            throw new AssertionError("promote does not survey");
        }

        @Override
        public Promotion promote(PromotionOrder order, Optional<String> dockerHost) {
            orders.add(order);
            List<Promotion.Pushed> pushed = new ArrayList<>();
            List<Promotion.NotPushed> notPushed = new ArrayList<>();
            for (Target target : order.targets()) {
                if (refusingRegistry.filter(target.registry()::equals).isPresent()) {
                    notPushed.add(new Promotion.NotPushed(target, "registry " + target.registry() + " refused it"));
                } else {
                    pushed.add(new Promotion.Pushed(target, DIGEST));
                }
            }
            List<String> registries =
                    order.targets().stream().map(Target::registry).distinct().toList();
            return new Promotion(Optional.empty(), List.of(), pushed, notPushed, registries);
        }

        @Override
        public CleanReport clean(CleanRequest request, Optional<String> dockerHost) {
            throw new AssertionError("promote removes nothing");
        }
    };

    @Test
    void promotePushesEveryTagToEveryRegistryAndSaysWhere() {
        Cli.Result result = new Cli(dir)
                .with(docker)
                .run(
                        "promote",
                        "acme/greeter:ci",
                        "--version",
                        "1.2.3",
                        "--semver",
                        "--latest",
                        "--registry",
                        "a.example:5000",
                        "--registry",
                        "ghcr.io/acme");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).image()).isEqualTo("acme/greeter:ci");
        assertThat(orders.get(0).targets())
                .extracting(Target::reference)
                .containsExactly(
                        "a.example:5000/acme/greeter:1.2.3",
                        "a.example:5000/acme/greeter:1.2",
                        "a.example:5000/acme/greeter:1",
                        "a.example:5000/acme/greeter:latest",
                        "ghcr.io/acme/acme/greeter:1.2.3",
                        "ghcr.io/acme/acme/greeter:1.2",
                        "ghcr.io/acme/acme/greeter:1",
                        "ghcr.io/acme/acme/greeter:latest");
        assertThat(result.out()).endsWith("a.example:5000: 4 of 4 tags pushed\nghcr.io: 4 of 4 tags pushed\n");
    }

    @Test
    void withoutARegistryTheImageGoesToItsOwn() {
        new Cli(dir).with(docker).run("promote", "127.0.0.1:5000/greeter:ci", "--tag", "stable");

        assertThat(orders.get(0).targets()).containsExactly(new Target("127.0.0.1:5000/greeter", "stable"));
    }

    @Test
    void aRegistryThatRefusesGivesExitCodeFiveAndTheOthersAreStillListed() {
        refusingRegistry = Optional.of("b.example");

        Cli.Result result = new Cli(dir)
                .with(docker)
                .run("promote", "greeter:ci", "--tag", "x", "--registry", "a.example", "--registry", "b.example");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.out())
                .isEqualTo("pushed a.example/greeter:x " + DIGEST + "\n"
                        + "not pushed b.example/greeter:x: registry b.example refused it\n"
                        + "a.example: 1 of 1 tags pushed\n"
                        + "b.example: 0 of 1 tags pushed\n");
        assertThat(result.err()).isEqualTo("plimsoll: registry b.example refused it\n");
    }

    @Test
    void badOptionsAreUsageErrorsBeforeDockerIsAsked() {
        Cli cli = new Cli(dir); // any Docker call fails the test
        List<List<String>> cases = List.of(
                List.of("promote", "greeter", "--version", "1.2", "--semver"),
                List.of("promote", "greeter", "--semver"),
                List.of("promote", "greeter"),
                List.of("promote", "Greeter", "--latest"),
                List.of("promote", "greeter", "--latest", "--registry", "not a host"),
                List.of("promote", "greeter", "--tag", "a+b"));
        List<String> errors = new ArrayList<>();
        for (List<String> args : cases) {
            Cli.Result result = cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            errors.add(result.err().lines().findFirst().orElse(""));
        }
        assertThat(errors)
                .containsExactly(
                        "plimsoll: --version '1.2' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.3 or "
                                + "1.2.3-rc.1; see semver.org)",
                        "plimsoll: --semver needs --version",
                        "plimsoll: nothing to tag: give --version, --tag or --latest",
                        "plimsoll: 'Greeter' is not an image name Docker accepts (e.g. acme/greeter:ci)",
                        "plimsoll: --registry 'not a host' is not HOST[:PORT] with an optional /NAMESPACE (e.g. "
                                + "127.0.0.1:5000 or ghcr.io/acme)",
                        "plimsoll: 'a+b' is not a tag Docker accepts: up to 128 letters, digits, '_', '.' and '-', "
                                + "not starting with '.' or '-'");
    }

    @Test
    void runPromotePushesEachContractsImageAfterAPassAndRecordsItInTheJunitXml() throws Exception {
        Cli cli = new Cli(dir).with(docker);
        cli.contract("greeter/greeter.contract", "subject sha256:1111", "pass file \"/data\" mode 0750");
        cli.contract("nginx/nginx.contract", "subject sha256:2222 acme/nginx:1.25", "pass image has user \"www\"");
        Path xml = dir.resolve("report.xml");

        Cli.Result result = cli.run(
                "run",
                "--junit-xml",
                xml.toString(),
                "--promote",
                "--version",
                "2.0.0",
                "--semver",
                "--registry",
                "127.0.0.1:5000");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(orders).extracting(PromotionOrder::image).containsExactlyInAnyOrder("sha256:1111", "sha256:2222");
        assertThat(orders)
                .flatExtracting(PromotionOrder::targets)
                .extracting(Target::reference)
                .contains("127.0.0.1:5000/greeter:2.0.0", "127.0.0.1:5000/greeter:2", "127.0.0.1:5000/acme/nginx:2.0");
        assertThat(result.out())
                .contains("promoting greeter/greeter.contract (image sha256:1111)\n"
                        + "pushed 127.0.0.1:5000/greeter:2.0.0 " + DIGEST + "\n");
        String report = Files.readString(xml);
        assertThat(report)
                .contains(
                        "<properties>",
                        "<property name=\"plimsoll.promoted\" value=\"127.0.0.1:5000/greeter:2.0.0@" + DIGEST + "\"/>");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(PromoteCommandTest.class.getResource("/junit-10.xsd"))
                .newValidator()
                .validate(new StreamSource(xml.toFile()));
    }

    @Test
    void runPromotePushesNothingWhenACheckFailedOrFailFastStoppedTheRun() {
        Cli cli = new Cli(dir).with(docker);
        cli.contract("a/a.contract", "subject sha256:1111", "fail file \"/data\" mode 0750 :: was 0777");
        cli.contract("b/b.contract", "subject sha256:2222", "pass image has user \"app\"");

        Cli.Result failed = cli.run("run", "--promote", "--tag", "stable", "--registry", "127.0.0.1:5000");
        Cli.Result stopped =
                cli.run("run", "--fail-fast", "--promote", "--tag", "stable", "--registry", "127.0.0.1:5000");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(failed.out())
                .contains("not promoted: 1 of 2 checks held and promotion needs every one, so nothing was tagged "
                        + "or pushed\n");
        assertThat(stopped.out()).contains("not promoted: 0 of 2 checks held");
        assertThat(orders).isEmpty();
    }

    @Test
    void runPromotePushesNothingWhenACheckWasSkippedOrAbortedThoughTheRunPassed() {
        Cli cli = new Cli(dir).with(docker);
        cli.contract("a/a.contract", "subject sha256:1111", "pass image has user \"app\"", "skip file \"/x\" :: why");
        cli.contract("b/b.contract", "subject sha256:2222", "abort expect exit 0 :: interrupted");

        Cli.Result result = cli.run("run", "--promote", "--tag", "stable", "--registry", "127.0.0.1:5000");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("not promoted: 1 of 3 checks held and promotion needs every one");
        assertThat(orders).isEmpty();
    }

    @Test
    void runChecksThePromoteOptionsBeforeRunningAnything() {
        Cli cli = new Cli(dir).with(docker);
        cli.contract("a.contract", "subject sha256:1111", "pass image has user \"app\"");

        Cli.Result badVersion = cli.run("run", "--promote", "--version", "v1", "--semver");
        Cli.Result withoutPromote = cli.run("run", "--version", "1.0.0");
        Cli.Result filtered = cli.run("run", "--promote", "--latest", "--filter", "*user*");

        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.out()).isEmpty();
        assertThat(badVersion.err()).startsWith("plimsoll: --version 'v1' is not a semantic version");
        assertThat(withoutPromote.exitCode()).isEqualTo(2);
        assertThat(withoutPromote.err())
                .startsWith("plimsoll: --version, --tag, --registry and the like need --promote\n");
        assertThat(filtered.exitCode()).isEqualTo(2);
        assertThat(filtered.err())
                .startsWith("plimsoll: --promote needs every check of the contracts: not with --filter\n");
        assertThat(orders).isEmpty();
    }

    @Test
    void everyHelpListsTheExitCodeOfAFailedPush() {
        Cli.Result help = new Cli(dir).run("promote", "--help");

        assertThat(help.out()).contains("5   a push to a registry failed (promote)", "--semver-zero", "--dry-run");
    }
}
