package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Re-running one check by its line, as IDEs do: only that check is a test, but the actions written before it still
 * run, so it meets the container in the state its line expects.
 */
class LineSelectionIT {

    @Test
    void aCheckSelectedByItsLineRunsAfterTheActionsBeforeIt() {
        ItDocker.ensureImageCached();

        // Line 19 is "expect exit 0 within 3s": it holds only if "signal SIGTERM" (line 18) was sent.
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectFile(
                        ContractResults.IT.resolve("actions.contract").toFile(), FilePosition.from(19)))
                .execute();

        results.testEvents()
                .assertStatistics(
                        stats -> stats.started(1).succeeded(1).failed(0).skipped(0))
                .assertThatEvents()
                .haveExactly(1, event(test("step:19"), finishedSuccessfully()));
        assertThat(ItDocker.leftovers()).isEmpty();
    }

    @Test
    void runsEveryStatementOfALineTheyShareAndALineSelectsThemAll() {
        ItDocker.ensureImageCached();
        java.io.File contract =
                ContractResults.IT.resolve("shared-lines.contract").toFile();

        EngineExecutionResults whole = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectFile(contract))
                .execute();
        EngineExecutionResults line5 = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectFile(contract, FilePosition.from(5)))
                .execute();

        whole.testEvents()
                .assertStatistics(stats -> stats.started(7).succeeded(7))
                .assertThatEvents()
                .haveExactly(1, event(test("fact:3:25"), finishedSuccessfully()))
                .haveExactly(1, event(test("file:4:35"), finishedSuccessfully()))
                .haveExactly(1, event(test("step:5:53"), finishedSuccessfully()));
        line5.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(ItDocker.leftovers()).isEmpty();
    }
}
