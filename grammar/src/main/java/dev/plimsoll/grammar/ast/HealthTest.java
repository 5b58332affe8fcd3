package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * The test of a {@link HealthcheckSetting}: one string run by the container's shell ({@code shell}, Docker's
 * {@code CMD-SHELL}) or a command run directly (Docker's {@code CMD}); it passes when it exits 0.
 */
public record HealthTest(boolean shell, List<Text> words, Span span) implements Node {
    public HealthTest {
        words = List.copyOf(words);
    }
}
