package dev.plimsoll.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUri;

import dev.plimsoll.engine.descriptor.ContractLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Discovery never touches Docker: every selector a launcher or an IDE sends is resolved from the files alone. */
class DiscoveryTest {
    private static final Path FIXTURES = Path.of("src/test/resources/discovery");
    private static final Path GREETER = FIXTURES.resolve("valid/greeter.contract");
    private static final Path WORKER = FIXTURES.resolve("valid/nested/deeper/worker.contract");
    private static final String GREETER_RESOURCE = "discovery/valid/greeter.contract";

    private static final List<String> GREETER_NODES = List.of(
            "image:4 image has",
            "  fact:5 user \"root\"",
            "  fact:6 env PATH = \"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"",
            "file:9 file \"/etc/debian_version\" is regular file",
            "file:10 file \"/root/.ssh\" absent",
            "scenario:12 says hello",
            "  step:14 wait for log \"ready\"",
            "  step:15 expect stdout contains \"hello\"",
            "  step:16 expect http GET \"/health\" port 8080 { status 200  header \"Content-Type\" = \"application/json\" }",
            "scenario:22 greets in every language",
            "  case:A=x greets in every language [A=x]",
            "    step:24 wait for log \"ready\"",
            "    step:25 expect stdout contains \"${A}\"",
            "  case:A=y greets in every language [A=y]",
            "    step:24 wait for log \"ready\"",
            "    step:25 expect stdout contains \"${A}\"");

    @Test
    void turnsAContractFileIntoATreeNamedLikeItsLines() {
        TestDescriptor engine = discover(selectFile(GREETER.toFile())).getEngineDescriptor();

        assertThat(engine.getChildren()).singleElement().satisfies(contract -> {
            assertThat(contract.getDisplayName()).isEqualTo(GREETER.toString());
            assertThat(contract.getUniqueId().getLastSegment().getValue())
                    .isEqualTo(GREETER.toAbsolutePath().toString());
            assertThat(contract.getSource())
                    .contains(FileSource.from(GREETER.toAbsolutePath().toFile()));
        });
        assertThat(Trees.tree(engine)).isEqualTo(GREETER_NODES);
    }

    @Test
    void pointsEveryNodeOfAFileAtItsLine() {
        TestDescriptor engine = discover(selectFile(GREETER.toFile())).getEngineDescriptor();

        assertThat(Trees.contractNodes(engine)).allSatisfy(node -> assertThat(node.getSource())
                .contains(FileSource.from(GREETER.toAbsolutePath().toFile(), Trees.lineOf(node))));
    }

    @Test
    void findsContractsInADirectoryAndItsSubdirectoriesOnly() {
        TestDescriptor engine =
                discover(selectDirectory(FIXTURES.resolve("valid").toFile())).getEngineDescriptor();

        assertThat(engine.getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .containsExactly(GREETER.toString(), WORKER.toString());
    }

    @Test
    void passesOverHiddenFoldersAndBuildOutputInADirectory(@TempDir Path dir) throws IOException {
        String contract = "image \"debian:bookworm-slim\"\nfile \"/etc\" is directory\n";
        for (String path : List.of("app.contract", ".git/copy.contract", "target/test-classes/copy.contract")) {
            Files.createDirectories(dir.resolve(path).getParent());
            Files.writeString(dir.resolve(path), contract);
        }

        TestDescriptor engine = discover(selectDirectory(dir.toFile())).getEngineDescriptor();

        assertThat(engine.getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .containsExactly(
                        ContractLocation.ofFile(dir.resolve("app.contract")).displayName());
    }

    @Test
    void aVariableNothingDefinesIsReportedAtDiscoveryWithItsLine(@TempDir Path dir) throws IOException {
        Path contract = dir.resolve("app.contract");
        Files.writeString(contract, "image \"${PLIMSOLL_TEST_NOWHERE}\"\nfile \"/etc\" is directory\n");

        EngineDiscoveryResults results = discover(selectFile(contract.toFile()));

        assertThat(results.getEngineDescriptor().getChildren())
                .singleElement()
                .satisfies(node -> assertThat(node.isTest()).isTrue());
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains(":1:7: error: undefined variable 'PLIMSOLL_TEST_NOWHERE'"));
    }

    @Test
    void readsAClasspathResourceAndPointsItsNodesAtTheResourceLines() {
        TestDescriptor engine =
                discover(selectClasspathResource(GREETER_RESOURCE)).getEngineDescriptor();

        TestDescriptor contract = engine.getChildren().iterator().next();
        assertThat(contract.getDisplayName()).isEqualTo(GREETER_RESOURCE);
        assertThat(contract.getUniqueId().getLastSegment().getValue()).isEqualTo("classpath:" + GREETER_RESOURCE);
        assertThat(Trees.tree(engine)).isEqualTo(GREETER_NODES);
        assertThat(Trees.contractNodes(engine)).allSatisfy(node -> assertThat(node.getSource())
                .contains(ClasspathResourceSource.from(GREETER_RESOURCE, Trees.lineOf(node))));
    }

    @Test
    void findsEveryContractInAClasspathFolder() {
        assertThat(contractNames(selectClasspathResource("discovery/valid")))
                .containsExactlyInAnyOrder(GREETER_RESOURCE, "discovery/valid/nested/deeper/worker.contract");
    }

    @Test
    void findsEveryContractInAPackage() {
        assertThat(contractNames(selectPackage("discovery.valid")))
                .containsExactlyInAnyOrder(GREETER_RESOURCE, "discovery/valid/nested/deeper/worker.contract");
    }

    @Test
    void scansClasspathRootsForContractsAndReportsTheBrokenOnes() {
        EngineDiscoveryResults results = discover(
                selectClasspathRoots(Set.of(Path.of("target/test-classes"))).toArray(DiscoverySelector[]::new));

        assertThat(results.getEngineDescriptor().getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .contains(
                        GREETER_RESOURCE,
                        "discovery/valid/nested/deeper/worker.contract",
                        "discovery/broken/good.contract",
                        "discovery/broken/bad.contract");
        assertThat(results.getDiscoveryIssues())
                .extracting(DiscoveryIssue::source)
                .contains(java.util.Optional.of(
                        ClasspathResourceSource.from("discovery/broken/bad.contract", FilePosition.from(4))));
    }

    @Test
    void selectsWhatIsWrittenAtTheLineOfAFileUri() {
        String uri = GREETER.toAbsolutePath().toUri() + "?line=15";

        assertThat(Trees.tree(discover(selectUri(uri)).getEngineDescriptor()))
                .containsExactly("scenario:12 says hello", "  step:15 expect stdout contains \"hello\"");
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(12, "a scenario line selects all its steps", GREETER_NODES.subList(5, 9)),
                Arguments.of(
                        15,
                        "a step line selects that step",
                        List.of("scenario:12 says hello", "  step:15 expect stdout contains \"hello\"")),
                Arguments.of(
                        18,
                        "a line inside an http block selects its step",
                        List.of("scenario:12 says hello", GREETER_NODES.get(8))),
                Arguments.of(
                        25,
                        "a step line of a matrix selects that step in every case",
                        List.of(
                                "scenario:22 greets in every language",
                                "  case:A=x greets in every language [A=x]",
                                "    step:25 expect stdout contains \"${A}\"",
                                "  case:A=y greets in every language [A=y]",
                                "    step:25 expect stdout contains \"${A}\"")),
                Arguments.of(
                        6, "a line of image has selects that fact", List.of("image:4 image has", GREETER_NODES.get(2))),
                Arguments.of(10, "a file check line selects it", List.of(GREETER_NODES.get(4))),
                Arguments.of(2, "a line outside every node selects the whole contract", GREETER_NODES));
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("lines")
    void selectsWhatIsWrittenAtALine(int line, String meaning, List<String> expected) {
        TestDescriptor engine = discover(selectFile(GREETER.toFile(), at(line))).getEngineDescriptor();

        assertThat(Trees.tree(engine)).isEqualTo(expected);
    }

    private static final Path CROWDED = FIXTURES.resolve("shared/crowded.contract");

    private static final List<String> CROWDED_NODES = List.of(
            "image:3 image has",
            "  fact:3 user \"root\"",
            "  fact:3:25 healthcheck",
            "  fact:3:37 exposed port 80",
            "file:4 file \"/a\" exists",
            "file:4:18 file \"/b\" absent",
            "scenario:5 one",
            "  step:5 wait for log \"r\"",
            "  step:5:35 expect exit 0",
            "scenario:5:51 two",
            "  step:5 expect stdout contains \"x\"");

    @Test
    void keepsEveryStatementOfASharedLineKeyedByItsColumnAfterTheFirst() {
        TestDescriptor engine = discover(selectFile(CROWDED.toFile())).getEngineDescriptor();

        assertThat(Trees.tree(engine)).isEqualTo(CROWDED_NODES);
    }

    @Test
    void aSharedLineSelectsEveryStatementWrittenOnIt() {
        String uri = CROWDED.toAbsolutePath().toUri() + "?line=5";

        assertThat(Trees.tree(discover(selectUri(uri)).getEngineDescriptor())).isEqualTo(CROWDED_NODES.subList(6, 11));
        assertThat(Trees.tree(discover(selectFile(CROWDED.toFile(), at(4))).getEngineDescriptor()))
                .isEqualTo(CROWDED_NODES.subList(4, 6));
    }

    @Test
    void runsAgainTheSecondStatementOfASharedLineByItsUniqueId() {
        UniqueId contractId = discover(selectFile(CROWDED.toFile()))
                .getEngineDescriptor()
                .getChildren()
                .iterator()
                .next()
                .getUniqueId();
        UniqueId id = contractId.append("scenario", "5").append("step", "5:35");

        assertThat(Trees.tree(discover(selectUniqueId(id)).getEngineDescriptor()))
                .containsExactly("scenario:5 one", "  step:5:35 expect exit 0");
    }

    @Test
    void keepsTheWholeContractWhenAlsoSelectedWhole() {
        TestDescriptor engine = discover(
                        selectFile(GREETER.toFile(), at(15)),
                        selectDirectory(FIXTURES.resolve("valid").toFile()))
                .getEngineDescriptor();

        assertThat(engine.getChildren()).hasSize(2);
        assertThat(Trees.tree(engine).subList(0, GREETER_NODES.size())).isEqualTo(GREETER_NODES);
    }

    static Stream<Arguments> uniqueIds() {
        return Stream.of(
                Arguments.of(
                        "[scenario:12]",
                        List.of(
                                "scenario:12 says hello",
                                "  step:14 wait for log \"ready\"",
                                "  step:15 expect stdout contains \"hello\"",
                                GREETER_NODES.get(8))),
                Arguments.of("[scenario:12]/[step:14]", List.of("scenario:12 says hello", GREETER_NODES.get(6))),
                Arguments.of(
                        "[scenario:22]/[case:A=y]",
                        Stream.concat(Stream.of(GREETER_NODES.get(9)), GREETER_NODES.subList(13, 16).stream())
                                .toList()),
                Arguments.of(
                        "[scenario:22]/[case:A=y]/[step:25]",
                        List.of(
                                "scenario:22 greets in every language",
                                "  case:A=y greets in every language [A=y]",
                                "    step:25 expect stdout contains \"${A}\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueIds")
    void runsAgainOneNodeByItsUniqueId(String path, List<String> expected) {
        for (DiscoverySelector contract :
                List.of(selectFile(GREETER.toFile()), selectClasspathResource(GREETER_RESOURCE))) {
            UniqueId contractId = discover(contract)
                    .getEngineDescriptor()
                    .getChildren()
                    .iterator()
                    .next()
                    .getUniqueId();
            UniqueId id = UniqueId.parse(contractId + "/" + path);

            assertThat(Trees.tree(discover(selectUniqueId(id)).getEngineDescriptor()))
                    .isEqualTo(expected);
        }
    }

    @Test
    void reportsABrokenContractAtItsLineAsAFailingTestAndStillFindsTheGoodOneBesideIt() {
        Path bad = FIXTURES.resolve("broken/bad.contract");

        EngineDiscoveryResults results =
                discover(selectDirectory(FIXTURES.resolve("broken").toFile()));

        assertThat(results.getEngineDescriptor().getChildren())
                .extracting(TestDescriptor::getDisplayName, TestDescriptor::isTest)
                .containsExactly(
                        tuple(bad.toString(), true),
                        tuple(FIXTURES.resolve("broken/good.contract").toString(), false));
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message())
                    .isEqualTo(bad + ":4:10: error: unknown check 'listen_on' (expected one of: command, exit, file,"
                            + " http, log, port, process, run, running, stderr, stdout)\n"
                            + "    4 |   expect listen_on 80\n"
                            + "      |          ^~~~~~~~~");
            assertThat(issue.source())
                    .contains(FileSource.from(bad.toAbsolutePath().toFile(), FilePosition.from(4)));
        });
    }

    @Test
    void reportsABrokenClasspathResourceOnceEvenWhenSelectedTwice() {
        EngineDiscoveryResults results = discover(
                selectClasspathResource("discovery/broken"), selectClasspathResource("discovery/broken/bad.contract"));

        assertThat(contractNames(results))
                .containsExactlyInAnyOrder("discovery/broken/good.contract", "discovery/broken/bad.contract");
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).startsWith("discovery/broken/bad.contract:4:10: error: unknown check");
            assertThat(issue.source())
                    .contains(ClasspathResourceSource.from("discovery/broken/bad.contract", FilePosition.from(4)));
        });
    }

    @Test
    void ignoresClasspathResourcesThatAreNotContracts() {
        EngineDiscoveryResults results = discover(
                selectClasspathResource("logback-test.xml"),
                selectClasspathResource("docker/app/Dockerfile"),
                selectClasspathResource("no-such-folder"));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    private static EngineDiscoveryResults discover(DiscoverySelector... selectors) {
        return EngineTestKit.engine("plimsoll").selectors(selectors).discover();
    }

    private static org.junit.platform.engine.discovery.FilePosition at(int line) {
        return org.junit.platform.engine.discovery.FilePosition.from(line);
    }

    private static List<String> contractNames(DiscoverySelector selector) {
        return contractNames(discover(selector));
    }

    private static List<String> contractNames(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getChildren().stream()
                .map(TestDescriptor::getDisplayName)
                .toList();
    }
}
