package dev.plimsoll.engine.run;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.grammar.ast.Node;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * A step that did not hold. Its message says what was expected and what was found, where the step is written,
 * and ends with the last lines of the container's log.
 */
public final class StepFailure extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final List<String> logTail;

    private StepFailure(String message, List<String> logTail) {
        super(message);
        this.logTail = List.copyOf(logTail);
    }

    /** The container's last lines when the step failed; also published as the test's {@code log} report entry. */
    public List<String> logTail() {
        return logTail;
    }

    public static StepFailure of(
            String description, Node step, ContractLocation location, List<String> mismatches, List<String> logTail) {
        return of(description, step, location, mismatches, logTail, "the container");
    }

    /** {@code logOwner} names whose log the tail is: {@code the container}, {@code service db}. */
    public static StepFailure of(
            String description,
            Node step,
            ContractLocation location,
            List<String> mismatches,
            List<String> logTail,
            String logOwner) {
        StringBuilder message = new StringBuilder(description)
                .append(" (")
                .append(location.displayName())
                .append(':')
                .append(step.span().line())
                .append(')');
        mismatches.forEach(line -> message.append("\n  ").append(line));
        if (!logTail.isEmpty()) {
            message.append(
                    logTail.size() == 1
                            ? "\n" + logOwner + "'s log, its only line:"
                            : "\nlast " + logTail.size() + " lines of " + logOwner + "'s log:");
            logTail.forEach(line -> message.append("\n  | ").append(line));
        }
        return new StepFailure(message.toString(), logTail);
    }
}
