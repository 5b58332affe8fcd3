package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.OnHost;
import dev.plimsoll.grammar.ast.OnService;
import dev.plimsoll.grammar.ast.OnSubject;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Target;
import dev.plimsoll.grammar.ast.Targeted;

/** Binds what a step names ({@code on service db}, {@code on host}, nothing) to a container of the scenario. */
public final class Targets {
    private Targets() {}

    /** The container {@code step} acts on: its target when it has one, else the subject. */
    public static Container of(Step step, StepContext context) {
        return step instanceof Targeted targeted ? of(targeted.target(), context) : context.subject();
    }

    static Container of(Target target, StepContext context) {
        if (target instanceof OnSubject) {
            return context.subject();
        }
        if (target instanceof OnService service) {
            return context.service(service.name());
        }
        if (target instanceof OnHost) {
            return Container.HOST;
        }
        throw new IllegalStateException(
                "no container for the target " + target.getClass().getSimpleName());
    }
}
