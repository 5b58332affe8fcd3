package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.MapParameters;
import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract's next scenario is prepared while one runs; what was prepared for a scenario that never ran goes. */
class ScenariosAheadTest {
    @TempDir
    Path dir;

    private final FakeDocker docker =
            new FakeDocker().image("app", Script.logs("app ready")).image("db", Script.logs("db ready"));

    private final Contract contract = Contracts.parse(
                    "fake.contract",
                    """
                    image "app"
                    service db {
                      image "db"
                      wait for log "db ready"
                    }
                    scenario "one" {
                      wait for log "app ready"
                    }
                    scenario "two" {
                      wait for log "app ready"
                    }
                    """)
            .contract()
            .orElseThrow();

    private final List<ScenarioInstance> order = contract.scenarios().stream()
            .map(Scenario::expand)
            .flatMap(List::stream)
            .toList();

    @Test
    void whileOneScenarioRunsTheNextHasItsServiceReadyAndItsSubjectCreatedButNotStarted() {
        try (RunServices services = services("true")) {
            ContractRun run = services.startContract(plan());
            ScenarioRun one = run.startScenario(order.get(0), ContainerEvents.NONE);

            // "one" is running: "two" gets its db started and ready, and its subject created
            await(() -> docker.createdImages().size() == 4);
            assertThat(docker.count("start "))
                    .as("db and app of one, db of two")
                    .isEqualTo(3);

            ScenarioRun two = run.startScenario(order.get(1), ContainerEvents.NONE);
            assertThat(docker.createdImages())
                    .as("nothing more is created at its turn")
                    .hasSize(4);
            assertThat(docker.count("start "))
                    .as("only its subject starts at its turn")
                    .isEqualTo(4);
            one.close();
            two.close();
            run.close();
            await(() -> docker.leftovers() == 0);
        }
    }

    @Test
    void aScenarioPreparedAheadThatNeverRunsIsRemovedWithItsContract() {
        try (RunServices services = services("true")) {
            ContractRun run = services.startContract(plan());
            ScenarioRun one = run.startScenario(order.get(0), ContainerEvents.NONE);
            await(() -> docker.createdImages().size() == 4);

            one.close();
            run.close(); // "two" never ran: the run stopped, say
            // removed by the contract itself, not by the run's last sweep by label
            await(() -> docker.leftovers() == 0);
            assertThat(docker.count("remove "))
                    .as("each of the four containers")
                    .isEqualTo(4);
        }
    }

    @Test
    void afterTheLastScenarioOfAContractTheNextContractIsPreparedAndGoesWithTheRunIfItNeverRuns() {
        ContractPlan first = plan();
        ContractPlan second = plan();
        RunServices services = services("true");
        services.planContracts(List.of(first, second));
        ContractRun run = services.startContract(first);
        // the first contract's two scenarios (the most that wait at once), then the second contract's two
        await(() -> docker.createdImages().size() == 8);
        ScenarioRun one = run.startScenario(order.get(0), ContainerEvents.NONE);
        ScenarioRun two = run.startScenario(order.get(1), ContainerEvents.NONE);
        assertThat(docker.createdImages()).as("nothing more at their turns").hasSize(8);

        one.close();
        two.close();
        run.close();
        services.close(); // the second contract never ran
        assertThat(docker.count("remove "))
                .as("each of the eight containers, by its own close")
                .isEqualTo(8);
    }

    @Test
    void withoutPreparingAheadEachScenarioMakesItsContainersAtItsTurn() {
        try (RunServices services = services("false")) {
            ContractRun run = services.startContract(plan());
            ScenarioRun one = run.startScenario(order.get(0), ContainerEvents.NONE);
            assertThat(docker.createdImages()).containsExactly("db", "app");
            one.close();
            ScenarioRun two = run.startScenario(order.get(1), ContainerEvents.NONE);
            assertThat(docker.createdImages()).containsExactly("db", "app", "db", "app");
            two.close();
            run.close();
        }
    }

    private RunServices services(String prepareAhead) {
        Map<String, String> values = Map.of("plimsoll.execution.prepare-ahead", prepareAhead);
        return RunServices.connect(MapParameters.configuration(values), settings -> docker, dir.resolve("no-signs"));
    }

    private ContractPlan plan() {
        return new ContractPlan(contract, ContractLocation.ofFile(dir.resolve("fake.contract")), List.of(), order);
    }

    /** Waits for a condition the background preparation brings about; fails if it never comes. */
    private static void await(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the condition never came").isLessThan(end);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
