package dev.plimsoll.engine.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.Secrets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class MaskingThrowableCollectorTest {

    private static final Secrets SECRETS = Secrets.of(List.of("hunter2"));

    private static Throwable collect(Throwable thrown) {
        var collector = new MaskingThrowableCollector(SECRETS);
        collector.execute(() -> {
            throw thrown;
        });
        return collector.getThrowable();
    }

    @Test
    void masksAFailureMessageAndKeepsItAnAssertion() {
        var failure = new AssertionFailedError("expect stdout\n  | password is hunter2");

        Throwable collected = collect(failure);

        assertThat(collected).isInstanceOf(AssertionError.class).hasMessage("expect stdout\n  | password is ***");
        assertThat(collected.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void masksCausesAndKeepsAnAbortAnAbort() {
        var abort = new TestAbortedException("aborted", new IllegalStateException("cannot run hunter2"));

        Throwable collected = collect(abort);

        assertThat(collected).isInstanceOf(TestAbortedException.class);
        assertThat(collected.getCause()).hasMessage("cannot run ***");
        assertThat(collected.getCause().toString()).isEqualTo("java.lang.IllegalStateException: cannot run ***");
    }

    @Test
    void leavesAThrowableWithoutSecretsAlone() {
        var failure = new IllegalStateException("no secret here");

        assertThat(collect(failure)).isSameAs(failure);
    }
}
