package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.contains;
import static dev.plimsoll.engine.check.Ast.equalTo;
import static dev.plimsoll.engine.check.Ast.text;
import static dev.plimsoll.engine.check.Ast.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.plan.ImageFactResolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.CmdFact;
import dev.plimsoll.grammar.ast.EntrypointFact;
import dev.plimsoll.grammar.ast.EnvFact;
import dev.plimsoll.grammar.ast.ExposedPortFact;
import dev.plimsoll.grammar.ast.HealthcheckFact;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.LabelFact;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.SignalName;
import dev.plimsoll.grammar.ast.Size;
import dev.plimsoll.grammar.ast.SizeBelowFact;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.StopSignalFact;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.VolumeFact;
import dev.plimsoll.grammar.ast.WorkdirFact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageFactCheckTest {

    private static final ImageInfo GREETER = new ImageInfo(
            "sha256:1",
            Optional.of("app"),
            List.of("8080/tcp", "53/udp"),
            List.of("/data"),
            Map.of("GREETING", "hello"),
            Map.of("org.opencontainers.image.title", "greeter"),
            true,
            Optional.of("15"),
            Optional.of("/srv"),
            List.of("greeter", "--serve"),
            List.of("--port", "8080"),
            312_400_000L);

    private static final ImageInfo BARE = new ImageInfo(
            "sha256:2",
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
            1_000L);

    private static List<String> check(ImageFact fact, ImageInfo image) {
        return ImageFactCheck.mismatches(new ImageFactResolver(Variables.empty()).fact(fact), image);
    }

    @Test
    void userHoldsWhenTheImageDeclaresIt() {
        assertThat(check(new UserFact(text("app"), Span.NONE), GREETER)).isEmpty();
    }

    @Test
    void userReportsTheDeclaredUser() {
        assertThat(check(new UserFact(text("root"), Span.NONE), GREETER))
                .containsExactly("user: expected 'root', got 'app'");
    }

    @Test
    void userWithoutUserInstructionIsRoot() {
        assertThat(check(new UserFact(text("root"), Span.NONE), BARE)).isEmpty();
        assertThat(check(new UserFact(text("app"), Span.NONE), BARE))
                .containsExactly("user: expected 'app', got 'root (no USER)'");
    }

    @Test
    void userResolvesVariables() {
        var fact = new UserFact(Ast.variable("RUN_AS"), Span.NONE);

        assertThat(ImageFactCheck.mismatches(
                        new ImageFactResolver(Variables.of(Map.of("RUN_AS", "app"))).fact(fact), GREETER))
                .isEmpty();
    }

    @Test
    void exposedPortComparesNumberAndProtocol() {
        assertThat(check(new ExposedPortFact(new Port(8080, Protocol.TCP, Span.NONE), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new ExposedPortFact(new Port(53, Protocol.UDP, Span.NONE), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new ExposedPortFact(new Port(8080, Protocol.UDP, Span.NONE), Span.NONE), GREETER))
                .containsExactly("exposed port: expected '8080/udp', got '8080/tcp', '53/udp'");
    }

    @Test
    void exposedPortOnAnImageWithoutPortsSaysNone() {
        assertThat(check(new ExposedPortFact(new Port(80, Protocol.TCP, Span.NONE), Span.NONE), BARE))
                .containsExactly("exposed port: expected '80/tcp', got none");
    }

    @Test
    void volumeMustBeDeclared() {
        assertThat(check(new VolumeFact(text("/data"), Span.NONE), GREETER)).isEmpty();
        assertThat(check(new VolumeFact(text("/cache"), Span.NONE), GREETER))
                .containsExactly("volume: expected '/cache', got '/data'");
    }

    @Test
    void envIsSetOrHasTheValue() {
        assertThat(check(new EnvFact("GREETING", Optional.empty(), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new EnvFact("GREETING", Optional.of(equalTo("hello")), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new EnvFact("GREETING", Optional.of(equalTo("hi")), Span.NONE), GREETER))
                .containsExactly("env GREETING: expected 'hi', got 'hello'");
    }

    @Test
    void envThatIsNotSetSaysSo() {
        assertThat(check(new EnvFact("PORT", Optional.of(equalTo("9000")), Span.NONE), GREETER))
                .containsExactly("env PORT is not set");
    }

    @Test
    void labelComparesItsValue() {
        String title = "org.opencontainers.image.title";
        assertThat(check(new LabelFact(text(title), Optional.of(contains("greet")), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new LabelFact(text(title), Optional.of(equalTo("counter")), Span.NONE), GREETER))
                .containsExactly("label 'org.opencontainers.image.title': expected 'counter', got 'greeter'");
        assertThat(check(new LabelFact(text("version"), Optional.empty(), Span.NONE), GREETER))
                .containsExactly("label 'version' is not set");
    }

    @Test
    void healthcheckMustBeDefined() {
        assertThat(check(new HealthcheckFact(Span.NONE), GREETER)).isEmpty();
        assertThat(check(new HealthcheckFact(Span.NONE), BARE))
                .containsExactly("healthcheck: expected one, the image defines none");
    }

    @Test
    void stopSignalAcceptsTheNumericFormFromTheImage() {
        assertThat(check(stopSignal("SIGTERM"), GREETER)).isEmpty();
        assertThat(check(stopSignal("SIGQUIT"), GREETER))
                .containsExactly("stop signal: expected 'SIGQUIT', got 'SIGTERM' (written '15')");
    }

    @Test
    void stopSignalAcceptsTheShortNameFromTheImage() {
        ImageInfo quits = withStopSignal("QUIT");

        assertThat(check(stopSignal("SIGQUIT"), quits)).isEmpty();
        assertThat(check(stopSignal("SIGINT"), quits))
                .containsExactly("stop signal: expected 'SIGINT', got 'SIGQUIT' (written 'QUIT')");
    }

    @Test
    void stopSignalDefaultsToSigterm() {
        assertThat(check(stopSignal("SIGTERM"), BARE)).isEmpty();
        assertThat(check(stopSignal("SIGINT"), BARE))
                .containsExactly("stop signal: expected 'SIGINT', got 'SIGTERM (no STOPSIGNAL)'");
    }

    @Test
    void workdirComparesThePath() {
        assertThat(check(new WorkdirFact(text("/srv"), Span.NONE), GREETER)).isEmpty();
        assertThat(check(new WorkdirFact(text("/app"), Span.NONE), GREETER))
                .containsExactly("workdir: expected '/app', got '/srv'");
    }

    @Test
    void workdirWithoutWorkdirInstructionIsRoot() {
        assertThat(check(new WorkdirFact(text("/"), Span.NONE), BARE)).isEmpty();
        assertThat(check(new WorkdirFact(text("/srv"), Span.NONE), BARE))
                .containsExactly("workdir: expected '/srv', got '/ (no WORKDIR)'");
    }

    @Test
    void entrypointComparesTheWholeList() {
        assertThat(check(new EntrypointFact(texts("greeter", "--serve"), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new EntrypointFact(texts("greeter"), Span.NONE), GREETER))
                .containsExactly("entrypoint: expected [\"greeter\"], got [\"greeter\", \"--serve\"]");
    }

    @Test
    void cmdComparesTheWholeList() {
        assertThat(check(new CmdFact(texts("--port", "8080"), Span.NONE), GREETER))
                .isEmpty();
        assertThat(check(new CmdFact(texts("--port", "9000"), Span.NONE), BARE))
                .containsExactly("cmd: expected [\"--port\", \"9000\"], got []");
    }

    @Test
    void sizeMustBeBelowTheLimit() {
        assertThat(check(sizeBelow(400_000_000L), GREETER)).isEmpty();
        assertThat(check(sizeBelow(300_000_000L), GREETER))
                .containsExactly("size: expected below 300.0 MB, got 312.4 MB");
    }

    @Test
    void sizeShowsBytesWhenTheRoundedSizesLookEqual() {
        assertThat(check(sizeBelow(312_400_000L), GREETER))
                .containsExactly("size: expected below 312.4 MB, got 312.4 MB (312400000 bytes, limit 312400000)");
    }

    private static StopSignalFact stopSignal(String name) {
        return new StopSignalFact(new SignalName(name, Span.NONE), Span.NONE);
    }

    private static SizeBelowFact sizeBelow(long bytes) {
        return new SizeBelowFact(new Size(bytes, Span.NONE), Span.NONE);
    }

    private static ImageInfo withStopSignal(String signal) {
        return new ImageInfo(
                BARE.id(),
                BARE.user(),
                BARE.exposedPorts(),
                BARE.volumes(),
                BARE.env(),
                BARE.labels(),
                BARE.hasHealthcheck(),
                Optional.of(signal),
                BARE.workdir(),
                BARE.entrypoint(),
                BARE.cmd(),
                BARE.sizeBytes());
    }
}
