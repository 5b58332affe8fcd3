package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.Step;

/** Carries out one kind of step against {@code on}, the container the step names (the subject unless it says). */
@FunctionalInterface
public interface StepExecutor<S extends Step> {
    Verdict run(S step, Container on, StepContext context);
}
