package dev.plimsoll.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Absent;
import dev.plimsoll.grammar.ast.BodyIs;
import dev.plimsoll.grammar.ast.ById;
import dev.plimsoll.grammar.ast.CmdFact;
import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Content;
import dev.plimsoll.grammar.ast.Empty;
import dev.plimsoll.grammar.ast.EntrypointFact;
import dev.plimsoll.grammar.ast.EnvFact;
import dev.plimsoll.grammar.ast.Equals;
import dev.plimsoll.grammar.ast.Exists;
import dev.plimsoll.grammar.ast.ExposedPortFact;
import dev.plimsoll.grammar.ast.FileProperty;
import dev.plimsoll.grammar.ast.HasMode;
import dev.plimsoll.grammar.ast.Header;
import dev.plimsoll.grammar.ast.HeaderIs;
import dev.plimsoll.grammar.ast.HealthcheckFact;
import dev.plimsoll.grammar.ast.HttpAssertion;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.IsDirectory;
import dev.plimsoll.grammar.ast.IsRegularFile;
import dev.plimsoll.grammar.ast.IsSocket;
import dev.plimsoll.grammar.ast.IsSymlink;
import dev.plimsoll.grammar.ast.JsonAssertion;
import dev.plimsoll.grammar.ast.JsonBoolean;
import dev.plimsoll.grammar.ast.JsonCheck;
import dev.plimsoll.grammar.ast.JsonEquals;
import dev.plimsoll.grammar.ast.JsonExists;
import dev.plimsoll.grammar.ast.JsonMatches;
import dev.plimsoll.grammar.ast.JsonNull;
import dev.plimsoll.grammar.ast.JsonNumber;
import dev.plimsoll.grammar.ast.JsonString;
import dev.plimsoll.grammar.ast.JsonValue;
import dev.plimsoll.grammar.ast.LabelFact;
import dev.plimsoll.grammar.ast.LinesInOrder;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Matches;
import dev.plimsoll.grammar.ast.OutputContains;
import dev.plimsoll.grammar.ast.OutputEmpty;
import dev.plimsoll.grammar.ast.OutputEquals;
import dev.plimsoll.grammar.ast.OutputMatch;
import dev.plimsoll.grammar.ast.OutputMatches;
import dev.plimsoll.grammar.ast.OwnedBy;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.PortText;
import dev.plimsoll.grammar.ast.PortValue;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.Regex;
import dev.plimsoll.grammar.ast.SignalName;
import dev.plimsoll.grammar.ast.Size;
import dev.plimsoll.grammar.ast.SizeBelowFact;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.StatusIs;
import dev.plimsoll.grammar.ast.StopSignalFact;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextMatch;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.VariableRef;
import dev.plimsoll.grammar.ast.VolumeFact;
import dev.plimsoll.grammar.ast.WorkdirFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ResolverTest {
    private static final Span AT = Span.NONE;
    private static final Variables SCENARIO = Variables.of(Map.of("HOST", "db", "EMPTY", ""));

    private static Text text(String value) {
        return Text.of(value, AT);
    }

    /** {@code prefix${name}} or {@code prefix${name:-fallback}}. */
    private static Text ref(String prefix, String name, Optional<String> fallback) {
        return new Text(List.of(new Literal(prefix), new VariableRef(name, fallback)), AT);
    }

    private static Regex regex(String pattern) {
        return new Regex(pattern, AT);
    }

    @Test
    void replacesVariablesOfTheScenario() {
        Resolver resolver = new Resolver(SCENARIO);

        assertThat(resolver.text(ref("psql -h ", "HOST", Optional.empty()))).isEqualTo("psql -h db");
        assertThat(resolver.text(new Contains(ref("host=", "HOST", Optional.empty()), AT)))
                .isEqualTo(new ExpectedText.Contains("host=db"));
    }

    @Test
    void seesValuesSavedBeforeTheStep() {
        Text path = ref("/notes/", "NOTE_ID", Optional.empty());

        assertThat(new Resolver(SCENARIO).text(path)).isEqualTo("/notes/");
        assertThat(new Resolver(SCENARIO.with(Map.of("NOTE_ID", "7"))).text(path))
                .isEqualTo("/notes/7");
    }

    @Test
    void usesTheDefaultWhenAVariableIsUnsetOrEmpty() {
        Resolver resolver = new Resolver(SCENARIO);

        assertThat(resolver.text(ref("", "PORT", Optional.of("9000")))).isEqualTo("9000");
        assertThat(resolver.text(ref("", "EMPTY", Optional.of("fallback")))).isEqualTo("fallback");
        assertThat(resolver.text(ref("", "HOST", Optional.of("localhost")))).isEqualTo("db");
    }

    @Test
    void compilesLineRegexesWithoutFlagsAndStreamRegexesMultiline() {
        Resolver resolver = new Resolver(SCENARIO);

        ExpectedText line = resolver.text(new Matches(regex("^ready$"), AT));
        ExpectedOutput stream = resolver.output(new OutputMatches(regex("^ready$"), AT));

        assertThat(((ExpectedText.Matching) line).pattern().flags()).isZero();
        assertThat(line.test("ready")).isTrue();
        assertThat(line.test("starting\nready")).isFalse();
        assertThat(((ExpectedOutput.Matching) stream).pattern().flags()).isEqualTo(Pattern.MULTILINE);
        assertThat(((ExpectedOutput.Matching) stream)
                        .pattern()
                        .matcher("starting\nready")
                        .find())
                .isTrue();
    }

    @Test
    void keepsTheFlagsTheGrammarWroteInline() {
        // the grammar turns /ready/i into (?i)ready
        ExpectedText line = new Resolver(SCENARIO).text(new Matches(regex("(?i)ready"), AT));

        assertThat(line.test("READY")).isTrue();
        assertThat(((ExpectedText.Matching) line).pattern().pattern()).isEqualTo("(?i)ready");
    }

    @Test
    void regexesAreTakenAsWrittenNotInterpolated() {
        ExpectedText line = new Resolver(SCENARIO).text(new Matches(regex("\\$\\{HOST\\}"), AT));

        assertThat(line.test("${HOST}")).isTrue();
        assertThat(line.test("db")).isFalse();
    }

    @Test
    void resolvesARequestWholly() {
        HttpRequest request = new HttpRequest(
                "POST",
                ref("/notes/", "ID", Optional.empty()),
                Optional.of(9000),
                List.of(new Header(text("X-Host"), ref("", "HOST", Optional.empty()), AT)),
                Optional.of(ref("{\"id\":", "ID", Optional.of("0"))),
                true,
                AT);

        OutgoingRequest resolved = new Resolver(SCENARIO.with(Map.of("ID", "7"))).request(request);

        assertThat(resolved)
                .isEqualTo(new OutgoingRequest(
                        "POST",
                        "/notes/7",
                        Optional.of(9000),
                        List.of(new OutgoingRequest.Header("X-Host", "db")),
                        Optional.of("{\"id\":7"),
                        true));
    }

    @Test
    void resolvesJsonPathsAndExpectedStrings() {
        JsonAssertion json = new JsonAssertion(
                ref("$[?(@.id == ", "ID", Optional.empty()),
                new JsonEquals(new JsonString(ref("", "HOST", Optional.empty()), AT), AT),
                AT);

        assertThat(new Resolver(SCENARIO.with(Map.of("ID", "7"))).response(json))
                .isEqualTo(new ResponseCheck.Json(
                        "$[?(@.id == 7", new ExpectedJson.EqualTo(new ExpectedJson.StringValue("db"))));
    }

    @Test
    void everyTextMatchResolves() {
        List<TextMatch> samples = List.of(
                new Contains(text("a"), AT), new Equals(text("a"), AT), new Matches(regex("a"), AT), new Empty(AT));
        assertCovers(TextMatch.class, samples);

        samples.forEach(new Resolver(SCENARIO)::text);
    }

    @Test
    void everyOutputMatchResolves() {
        List<OutputMatch> samples = List.of(
                new OutputContains(text("a"), AT),
                new OutputMatches(regex("a"), AT),
                new OutputEquals(text("a"), AT),
                new OutputEmpty(AT),
                new LinesInOrder(List.of(new Contains(text("a"), AT)), AT));
        assertCovers(OutputMatch.class, samples);

        samples.forEach(new Resolver(SCENARIO)::output);
    }

    @Test
    void everyResponseAssertionResolves() {
        List<JsonValue> values = List.of(
                new JsonString(text("a"), AT),
                new JsonNumber(BigDecimal.ONE, AT),
                new JsonBoolean(true, AT),
                new JsonNull(AT));
        List<JsonCheck> checks = new ArrayList<>(List.of(new JsonExists(AT), new JsonMatches(regex("a"), AT)));
        values.forEach(value -> checks.add(new JsonEquals(value, AT)));
        List<HttpAssertion> samples = new ArrayList<>(List.of(
                new StatusIs(200, AT),
                new HeaderIs(text("X"), new Equals(text("a"), AT), AT),
                new BodyIs(new Empty(AT), AT)));
        checks.forEach(check -> samples.add(new JsonAssertion(text("$.a"), check, AT)));
        assertCovers(JsonValue.class, values);
        assertCovers(JsonCheck.class, checks);
        assertCovers(HttpAssertion.class, samples);

        assertThat(new Resolver(SCENARIO).response(samples)).hasSize(samples.size());
    }

    @Test
    void everyFilePropertyResolves() {
        List<FileProperty> samples = List.of(
                new Exists(AT),
                new Absent(AT),
                new IsDirectory(AT),
                new IsRegularFile(AT),
                new IsSocket(AT),
                new IsSymlink(Optional.of(ref("/opt/", "HOST", Optional.empty())), AT),
                new OwnedBy(new ById(0, AT), Optional.empty(), AT),
                new HasMode(0755, AT),
                new Content(new Contains(text("a"), AT), AT));
        assertCovers(FileProperty.class, samples);

        FileExpectation file = new Resolver(SCENARIO).file(ref("/srv/", "HOST", Optional.empty()), samples);

        assertThat(file.path()).isEqualTo("/srv/db");
        assertThat(file.properties())
                .hasSize(samples.size())
                .contains(new FileExpectation.IsSymlink(Optional.of("/opt/db")));
    }

    @Test
    void everyImageFactResolves() {
        List<ImageFact> samples = List.of(
                new UserFact(ref("", "HOST", Optional.empty()), AT),
                new ExposedPortFact(new Port(53, Protocol.UDP, AT), AT),
                new VolumeFact(text("/data"), AT),
                new EnvFact("A", Optional.of(new Equals(text("b"), AT)), AT),
                new LabelFact(text("l"), Optional.empty(), AT),
                new HealthcheckFact(AT),
                new StopSignalFact(new SignalName("SIGQUIT", AT), AT),
                new WorkdirFact(text("/srv"), AT),
                new EntrypointFact(List.of(text("a")), AT),
                new CmdFact(List.of(text("b")), AT),
                new SizeBelowFact(new Size(10, AT), AT));
        assertCovers(ImageFact.class, samples);

        ImageFactResolver resolver = new ImageFactResolver(SCENARIO);

        assertThat(samples.stream().map(resolver::fact).toList())
                .hasSize(samples.size())
                .contains(new ExpectedImageFact.User("db"), new ExpectedImageFact.ExposedPort("53/udp"));
    }

    @Test
    void everyPortValueResolves() {
        List<PortValue> samples = List.of(new Port(8080, Protocol.TCP, AT), new PortText(text("9000"), AT));
        assertCovers(PortValue.class, samples);

        assertThat(samples.stream().map(new Resolver(SCENARIO)::port).toList()).hasSize(samples.size());
    }

    /** The samples hold every kind of the family: a new kind fails here until it is resolved and sampled. */
    private static void assertCovers(Class<?> family, List<?> samples) {
        assertThat(samples.stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }
}
