package dev.plimsoll.engine.run;

import dev.plimsoll.grammar.ast.Action;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Step;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The order of a scenario's steps and what a failure does to the rest. Steps run in order; a step that is not
 * selected still has its actions run (so a check selected by its line meets the containers as its line expects), and
 * a failed action skips every step after it, with the reason. Settings were applied when the containers were made.
 */
final class StepSequence {
    private final List<Step> steps;
    private final Consumer<Step> executor;
    private int cursor;
    private Optional<String> brokenBy = Optional.empty();
    private @Nullable StepFailure startFailure;

    /** {@code executor} carries out one step and throws {@link StepFailure} (or another error) when it fails. */
    StepSequence(List<Step> steps, Consumer<Step> executor) {
        this.steps = List.copyOf(steps);
        this.executor = executor;
    }

    /**
     * The scenario could not start (a service's wait missed): the first step to run reports this failure, once, and
     * the steps after it are skipped with its reason.
     */
    void brokenAtStart(StepFailure failure, String reason) {
        startFailure = failure;
        brokenBy = Optional.of(reason);
    }

    /** Runs the actions before {@code index} that have not run yet; the reason to skip {@code index}, if any. */
    Optional<String> runUpTo(int index) {
        if (startFailure != null) {
            return Optional.empty();
        }
        while (brokenBy.isEmpty() && cursor < index) {
            Step step = steps.get(cursor++);
            if (step instanceof Action) {
                runRecordingFailure(step);
            }
        }
        return brokenBy;
    }

    /** Runs step {@code index}: a failed action also stops the rest of the scenario. */
    void run(int index) {
        StepFailure atStart = startFailure;
        if (atStart != null) {
            startFailure = null;
            cursor = steps.size();
            throw atStart;
        }
        runUpTo(index);
        Step step = steps.get(index);
        cursor = index + 1;
        if (step instanceof Setting) {
            throw new IllegalStateException(
                    "a setting is not a test: line " + step.span().line());
        }
        if (step instanceof Action) {
            runGuarded(step);
        } else {
            executor.accept(step);
        }
    }

    private void runRecordingFailure(Step step) {
        try {
            runGuarded(step);
        } catch (AssertionError | RuntimeException e) {
            brokenBy = brokenBy.map(reason -> reason + ": " + firstMismatch(e.getMessage()));
        }
    }

    private void runGuarded(Step step) {
        try {
            executor.accept(step);
        } catch (AssertionError | RuntimeException e) {
            brokenBy = Optional.of(
                    "'" + step.describe() + "' at line " + step.span().line() + " failed");
            throw e;
        }
    }

    private static String firstMismatch(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.split("\n");
        return lines.length > 1 ? lines[1].strip() : lines[0];
    }
}
