package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.*;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the builder makes of values: units, octal modes, owners, argv splitting, matrices. */
class AstTest {

    @Test
    void convertsDurationsToMillis() {
        Contract c = VariablesTest.parse(
                "image \"x\" defaults { wait within 500ms exit within 5s http timeout 2m command timeout 1h expect within 1.5s }");

        Defaults d = c.defaults().orElseThrow();

        assertThat(List.of(d.waitTimeout(), d.exitTimeout(), d.httpTimeout(), d.commandTimeout(), d.expectTimeout()))
                .extracting(o -> o.orElseThrow().millis())
                .containsExactly(500L, 5_000L, 120_000L, 3_600_000L, 1_500L);
    }

    @Test
    void readsCompoundDurationsAsTheirSum() {
        Contract c = VariablesTest.parse("image \"x\" defaults { wait within 1h30m exit within 1m30s500ms }");

        Defaults d = c.defaults().orElseThrow();

        assertThat(d.waitTimeout().orElseThrow().millis()).isEqualTo(5_400_000L);
        assertThat(d.exitTimeout().orElseThrow().millis()).isEqualTo(90_500L);
    }

    @Test
    void readsJsonNumbersWithAnExponent() {
        Contract c = VariablesTest.parse("image \"x\" scenario \"s\" { expect http GET \"/\" {"
                + " json \"$.a\" = 1e3 json \"$.b\" = -2.5E-2 json \"$.c\" = 4e+1 } }");

        ExpectHttp http = (ExpectHttp) c.scenarios().get(0).steps().get(0);

        assertThat(http.assertions())
                .extracting(a -> ((JsonNumber) ((JsonEquals) ((JsonAssertion) a).check()).value()).value())
                .containsExactly(
                        new java.math.BigDecimal("1e3"),
                        new java.math.BigDecimal("-2.5E-2"),
                        new java.math.BigDecimal("4e+1"));
    }

    @Test
    void turnsRegexFlagsIntoInlineFlags() {
        Contract c = VariablesTest.parse(
                "image \"x\" scenario \"s\" { wait for log /ready/i expect stdout matches /a.b/sm }");

        WaitForLog wait = (WaitForLog) c.scenarios().get(0).steps().get(0);
        ExpectOutput output = (ExpectOutput) c.scenarios().get(0).steps().get(1);

        assertThat(((Matches) wait.match()).regex().pattern()).isEqualTo("(?i)ready");
        assertThat(((OutputMatches) output.match()).regex().pattern()).isEqualTo("(?sm)a.b");
    }

    @Test
    void namesEachMatrixCaseByTheValuesItsNameUses() {
        Contract c = VariablesTest.parse(
                "image \"x\" scenario \"greets in ${LANG}\" for LANG in \"en\", \"de\" and N in \"1\" { expect exit 0 }");

        assertThat(c.scenarios().get(0).expand())
                .extracting(ScenarioInstance::displayName)
                .containsExactly("greets in en [N=1]", "greets in de [N=1]");
    }

    @Test
    void convertsDecimalAndBinarySizesToBytes() {
        Contract c = VariablesTest.parse(
                "image \"x\" image has { size below 300MB size below 1.5GiB size below 2kB size below 1KiB }");

        assertThat(c.imageFacts().orElseThrow().facts())
                .extracting(f -> ((SizeBelowFact) f).size().bytes())
                .containsExactly(300_000_000L, 1_610_612_736L, 2_000L, 1_024L);
    }

    @Test
    void readsModesAsOctalAndOwnersByNameOrId() {
        Contract c = VariablesTest.parse(
                "image \"x\" file \"/d\" owned by \"app:1000\" mode 0750 file \"/e\" owned by \"0\"");

        List<FileProperty> first = c.files().get(0).properties();
        OwnedBy owner = (OwnedBy) first.get(0);
        assertThat(((ByName) owner.user()).name()).isEqualTo("app");
        assertThat(((ById) owner.group().orElseThrow()).id()).isEqualTo(1000);
        assertThat(((HasMode) first.get(1)).mode()).isEqualTo(0750);
        OwnedBy root = (OwnedBy) c.files().get(1).properties().get(0);
        assertThat(root.user()).isInstanceOf(ById.class);
        assertThat(root.group()).isEmpty();
    }

    @Test
    void splitsOneStringCommandAtWhitespaceButNeverInsideAVariable() {
        Contract c = VariablesTest.parse(
                "image \"x\" scenario \"s\" { command \"redis-server  --save ${ARGS}x 1\" entrypoint [\"a b\"] }");

        CommandSetting command = (CommandSetting) c.scenarios().get(0).steps().get(0);
        EntrypointSetting entrypoint =
                (EntrypointSetting) c.scenarios().get(0).steps().get(1);

        assertThat(command.argv()).extracting(Text::source).containsExactly("redis-server", "--save", "${ARGS}x", "1");
        assertThat(entrypoint.argv()).extracting(Text::source).containsExactly("a b");
    }

    @Test
    void groupsQuotedWordsOfOneStringCommandAndDropsTheQuotes() {
        Contract c = VariablesTest.parse(
                "image \"x\" scenario \"s\" { expect command \"psql -c 'select 1' -v \\\"a b\\\" ''\" exits 0 }");

        ExpectCommand command = (ExpectCommand) c.scenarios().get(0).steps().get(0);

        assertThat(command.argv())
                .extracting(Text::literalValue)
                .containsExactly("psql", "-c", "select 1", "-v", "a b", "");
    }

    @Test
    void readsAPortAsANumberOrAsAStringResolvedLater() {
        Contract c = VariablesTest.parse("image \"x\" scenario \"s\" { wait for port 53/tcp"
                + " expect port \"${PORT}\" open on host expect port \"${PORT:-9000}/tcp\" open }");

        List<Step> steps = c.scenarios().get(0).steps();
        PortText onHost = (PortText) ((ExpectPortOpen) steps.get(1)).port();
        PortText withDefault = (PortText) ((ExpectPortOpen) steps.get(2)).port();

        assertThat(((WaitForPort) steps.get(0)).port()).isInstanceOf(Port.class);
        assertThat(((ExpectPortOpen) steps.get(1)).target()).isInstanceOf(OnHost.class);
        assertThat(onHost.text().variables()).containsExactly("PORT");
        assertThat(onHost.parse("8080"))
                .get()
                .extracting(Port::number, Port::protocol)
                .containsExactly(8080, Protocol.TCP);
        assertThat(withDefault.parse("53/udp")).get().extracting(Port::protocol).isEqualTo(Protocol.UDP);
        assertThat(onHost.parse("0")).isEmpty();
        assertThat(onHost.parse("65536")).isEmpty();
        assertThat(onHost.parse("http")).isEmpty();
        assertThat(steps.get(1).describe()).isEqualTo("expect port \"${PORT}\" open on host");
    }

    @Test
    void readsPlainStringInLogWaitAsContainsAndRegexAsMatches() {
        Contract c = VariablesTest.parse(
                "image \"x\" scenario \"s\" { wait for log \"Ready\" wait for stderr /up\\/down/ }");

        WaitForLog plain = (WaitForLog) c.scenarios().get(0).steps().get(0);
        WaitForLog regex = (WaitForLog) c.scenarios().get(0).steps().get(1);

        assertThat(plain.stream()).isEqualTo(Stream.LOG);
        assertThat(((Contains) plain.match()).text().literalValue()).isEqualTo("Ready");
        assertThat(regex.stream()).isEqualTo(Stream.STDERR);
        assertThat(((Matches) regex.match()).regex().pattern()).isEqualTo("up/down");
    }

    @Test
    void expandsMatrixToEveryCombinationInOrder() {
        Contract c = VariablesTest.parse(
                "image \"x\" scenario \"greets\" for A in \"hi\", \"ahoy\" and B in \"1\", \"2\", \"3\" { }");

        List<ScenarioInstance> instances = c.scenarios().get(0).expand();

        assertThat(instances)
                .extracting(ScenarioInstance::displayName)
                .containsExactly(
                        "greets [A=hi, B=1]",
                        "greets [A=hi, B=2]",
                        "greets [A=hi, B=3]",
                        "greets [A=ahoy, B=1]",
                        "greets [A=ahoy, B=2]",
                        "greets [A=ahoy, B=3]");
        assertThat(instances.get(4).bindings()).isEqualTo(Map.of("A", "ahoy", "B", "2"));
    }

    @Test
    void expandsScenarioWithoutMatrixToItself() {
        Contract c = VariablesTest.parse("image \"x\" scenario \"greeting is configurable\" { }");

        assertThat(c.scenarios().get(0).expand()).singleElement().satisfies(i -> {
            assertThat(i.displayName()).isEqualTo("greeting is configurable");
            assertThat(i.bindings()).isEmpty();
        });
    }

    @Test
    void letsKeywordsServeAsNames() {
        Contract c = VariablesTest.parse(
                "image \"x\" service image { image \"y\" } scenario \"s\" { env user = \"u\" stop service image }");

        assertThat(c.services().get(0).name()).isEqualTo("image");
        assertThat(((StopService) c.scenarios().get(0).steps().get(1)).service())
                .isEqualTo("image");
    }

    @Test
    void describesStepsOnOneLine() {
        Contract c = VariablesTest.parse(
                """
                image "x"
                scenario "s" {
                  wait for log /listening/ within 10s
                  expect http GET "/health" port 9000
                  expect http GET "/hit" port 8000 within 5s {
                    status 200
                    json "$.hits" = 1
                  }
                  expect command "nginx -t" exits 0 { stderr contains "ok" }
                  expect stdout not lines in order "a", /b/
                }
                """);

        assertThat(c.scenarios().get(0).steps())
                .extracting(Step::describe)
                .containsExactly(
                        "wait for log /listening/ within 10s",
                        "expect http GET \"/health\" port 9000",
                        "expect http GET \"/hit\" port 8000 within 5s { status 200  json \"$.hits\" = 1 }",
                        "expect command \"nginx -t\" exits 0 { stderr contains \"ok\" }",
                        "expect stdout not lines in order \"a\", /b/");
    }
}
