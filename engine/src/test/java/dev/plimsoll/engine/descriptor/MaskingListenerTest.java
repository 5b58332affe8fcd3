package dev.plimsoll.engine.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.Secrets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.AssertionFailedError;

class MaskingListenerTest {

    private final List<String> seen = new ArrayList<>();
    private final EngineExecutionListener recorder = new EngineExecutionListener() {
        @Override
        public void reportingEntryPublished(TestDescriptor descriptor, ReportEntry entry) {
            seen.add(entry.getKeyValuePairs().toString());
        }

        @Override
        public void executionSkipped(TestDescriptor descriptor, String reason) {
            seen.add(reason);
        }

        @Override
        public void executionFinished(TestDescriptor descriptor, TestExecutionResult result) {
            seen.add(result.getThrowable().map(Throwable::getMessage).orElse("-"));
        }
    };
    private final MaskingListener listener = new MaskingListener(recorder, Secrets.of(List.of("hunter2")));
    private final TestDescriptor node = new EngineDescriptor(UniqueId.forEngine("plimsoll"), "plimsoll");

    @Test
    void masksLogTailsInReportEntries() {
        listener.reportingEntryPublished(node, ReportEntry.from("log", "password=hunter2\nready"));

        assertThat(seen).containsExactly("{log=password=***\nready}");
    }

    @Test
    void masksSkipReasonsAndFailures() {
        listener.executionSkipped(node, "not run: 'env' hunter2 failed");
        listener.executionFinished(node, TestExecutionResult.failed(new AssertionFailedError("got hunter2")));

        assertThat(seen).containsExactly("not run: 'env' *** failed", "got ***");
    }
}
