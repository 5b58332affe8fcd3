package dev.plimsoll.runner.promote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerOperationException;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.docker.PushFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromoterTest {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    private final List<String> calls = new ArrayList<>();
    private Set<String> refusingRegistries = Set.of();
    private Optional<String> refusedTag = Optional.empty();
    private boolean imageExists = true;

    @Test
    void everyTagIsMadeBeforeTheFirstPushAndEveryRegistryGetsEveryTag() {
        Promotion promotion = promoter().promote(order("a.example", "b.example:5000"));

        assertThat(calls)
                .containsExactly(
                        "tag acme/greeter:ci a.example/acme/greeter:1.2",
                        "tag acme/greeter:ci a.example/acme/greeter:1",
                        "tag acme/greeter:ci b.example:5000/acme/greeter:1.2",
                        "tag acme/greeter:ci b.example:5000/acme/greeter:1",
                        "push a.example/acme/greeter:1.2",
                        "push a.example/acme/greeter:1",
                        "push b.example:5000/acme/greeter:1.2",
                        "push b.example:5000/acme/greeter:1");
        assertThat(promotion.complete()).isTrue();
        assertThat(promotion.pushed()).extracting(Promotion.Pushed::digest).containsOnly(DIGEST);
    }

    @Test
    void aRegistryThatRefusesIsNotAskedAgainAndTheOthersStillAre() {
        refusingRegistries = Set.of("a.example");

        Promotion promotion = promoter().promote(order("a.example", "b.example:5000"));

        assertThat(calls)
                .filteredOn(call -> call.startsWith("push"))
                .containsExactly(
                        "push a.example/acme/greeter:1.2",
                        "push b.example:5000/acme/greeter:1.2",
                        "push b.example:5000/acme/greeter:1");
        assertThat(promotion.complete()).isFalse();
        assertThat(print(promotion))
                .isEqualTo("pushed b.example:5000/acme/greeter:1.2 " + DIGEST + "\n"
                        + "pushed b.example:5000/acme/greeter:1 " + DIGEST + "\n"
                        + "not pushed a.example/acme/greeter:1.2: registry a.example refused it: unauthorized\n"
                        + "not pushed a.example/acme/greeter:1: not tried: a.example refused a.example/acme/greeter:1.2"
                        + " before\n"
                        + "a.example: 0 of 2 tags pushed\n"
                        + "b.example:5000: 2 of 2 tags pushed\n");
    }

    @Test
    void aTagDockerRefusesStopsEverythingBeforeAnyPush() {
        refusedTag = Optional.of("b.example:5000/acme/greeter:1.2");

        Promotion promotion = promoter().promote(order("a.example", "b.example:5000"));

        assertThat(calls).noneMatch(call -> call.startsWith("push"));
        assertThat(promotion.refusal())
                .contains("Docker refused the tag b.example:5000/acme/greeter:1.2: invalid reference format; "
                        + "nothing was pushed");
    }

    @Test
    void aMissingImageIsSaidBeforeAnythingIsTagged() {
        imageExists = false;

        Promotion promotion = promoter().promote(order("a.example"));

        assertThat(calls).isEmpty();
        assertThat(promotion.refusal())
                .contains("image 'acme/greeter:ci' does not exist locally; build or pull it first");
    }

    @Test
    void aDryRunOnlySaysWhichDockerCommandsWouldDoIt() {
        PromotionOrder order =
                new PromotionOrder("acme/greeter:ci", order("a.example").targets(), true);

        Promotion promotion = promoter().promote(order);

        assertThat(calls).isEmpty();
        assertThat(print(promotion))
                .isEqualTo("docker tag acme/greeter:ci a.example/acme/greeter:1.2\n"
                        + "docker tag acme/greeter:ci a.example/acme/greeter:1\n"
                        + "docker push a.example/acme/greeter:1.2\n"
                        + "docker push a.example/acme/greeter:1\n"
                        + "dry run: nothing was tagged or pushed\n");
    }

    private static String print(Promotion promotion) {
        StringWriter text = new StringWriter();
        PromotionReport.print(new PrintWriter(text), promotion);
        return text.toString();
    }

    private static PromotionOrder order(String... registries) {
        var name = dev.plimsoll.engine.docker.ImageName.parse("acme/greeter:ci").orElseThrow();
        List<Target> targets = PromotionOrder.targets(name, List.of(registries), List.of("1.2", "1"))
                .orElseThrow();
        return new PromotionOrder("acme/greeter:ci", targets, false);
    }

    /** Only what promotion uses of {@link Docker}; anything else fails the test. */
    private Promoter promoter() {
        Docker docker = (Docker) Proxy.newProxyInstance(
                Docker.class.getClassLoader(), new Class<?>[] {Docker.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "inspectImage":
                            return imageExists ? Optional.of(image()) : Optional.empty();
                        case "tag":
                            String target = args[1] + ":" + args[2];
                            if (refusedTag.filter(target::equals).isPresent()) {
                                throw new DockerOperationException("invalid reference format");
                            }
                            calls.add("tag " + args[0] + " " + target);
                            return null;
                        case "push":
                            calls.add("push " + args[0] + ":" + args[1]);
                            String registry = ((String) args[0]).substring(0, ((String) args[0]).indexOf('/'));
                            if (refusingRegistries.contains(registry)) {
                                throw new PushFailedException(
                                        registry, "registry " + registry + " refused it: unauthorized");
                            }
                            return DIGEST;
                        default:
                            throw new AssertionError("promotion must not call Docker." + method.getName());
                    }
                });
        return new Promoter(docker);
    }

    private static ImageInfo image() {
        return new ImageInfo(
                "sha256:1",
                Optional.empty(),
                List.of(),
                List.of(),
                Map.of(),
                Map.of(),
                false,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                1);
    }
}
