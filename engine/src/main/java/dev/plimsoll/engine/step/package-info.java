/**
 * Execute: one executor per kind of scenario step, found through {@link dev.plimsoll.engine.step.StepExecutors}.
 * Executors act on the containers a {@link dev.plimsoll.engine.step.StepContext} gives them and return a {@link
 * dev.plimsoll.engine.step.Verdict}; they neither own containers nor decide what runs next.
 */
@NullMarked
package dev.plimsoll.engine.step;

import org.jspecify.annotations.NullMarked;
