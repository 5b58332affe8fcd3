package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;

/** Passes everything on, with secrets masked in report entries (log tails), skip reasons and failures. */
final class MaskingListener implements EngineExecutionListener {

    private final EngineExecutionListener delegate;
    private final Secrets secrets;

    MaskingListener(EngineExecutionListener delegate, Secrets secrets) {
        this.delegate = delegate;
        this.secrets = secrets;
    }

    @Override
    public void dynamicTestRegistered(TestDescriptor testDescriptor) {
        delegate.dynamicTestRegistered(testDescriptor);
    }

    @Override
    public void executionSkipped(TestDescriptor testDescriptor, String reason) {
        delegate.executionSkipped(testDescriptor, secrets.mask(reason));
    }

    @Override
    public void executionStarted(TestDescriptor testDescriptor) {
        delegate.executionStarted(testDescriptor);
    }

    @Override
    public void executionFinished(TestDescriptor testDescriptor, TestExecutionResult result) {
        delegate.executionFinished(testDescriptor, mask(result));
    }

    @Override
    public void reportingEntryPublished(TestDescriptor testDescriptor, ReportEntry entry) {
        Map<String, String> masked = new LinkedHashMap<>();
        entry.getKeyValuePairs().forEach((key, value) -> masked.put(key, secrets.mask(value)));
        delegate.reportingEntryPublished(testDescriptor, ReportEntry.from(masked));
    }

    @Override
    public void fileEntryPublished(TestDescriptor testDescriptor, FileEntry file) {
        delegate.fileEntryPublished(testDescriptor, file);
    }

    private TestExecutionResult mask(TestExecutionResult result) {
        return result.getThrowable()
                .map(thrown -> MaskingThrowableCollector.mask(thrown, secrets))
                .filter(masked -> masked != result.getThrowable().orElse(null))
                .map(masked -> switch (result.getStatus()) {
                    case ABORTED -> TestExecutionResult.aborted(masked);
                    case FAILED -> TestExecutionResult.failed(masked);
                    case SUCCESSFUL -> result;
                })
                .orElse(result);
    }
}
