package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.step.StepExecutors;
import dev.plimsoll.grammar.ast.Action;
import dev.plimsoll.grammar.ast.Expectation;
import dev.plimsoll.grammar.ast.ServiceSettings;
import dev.plimsoll.grammar.ast.ServiceSubject;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Subject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of step the grammar can produce has its executor, and every kind of setting its applier: a new record
 * in a sealed family fails here, not silently at run time.
 */
class EveryKindIsHandledTest {

    @Test
    void everyActionAndCheckHasAnExecutor() {
        List<Class<?>> kinds = new ArrayList<>(leaves(Action.class));
        kinds.addAll(leaves(Expectation.class));

        assertThat(kinds).isNotEmpty();
        assertThat(StepExecutors.standard().kinds()).containsExactlyInAnyOrderElementsOf(kinds);
    }

    /** Except {@code service X { ... }} in a scenario, which ScenarioPlan moves into that service's settings. */
    @Test
    void everySettingHasAnApplier() {
        List<Class<?>> settings = new ArrayList<>(leaves(Setting.class));
        settings.remove(ServiceSettings.class);

        assertThat(ContainerSettings.kinds()).containsExactlyInAnyOrderElementsOf(settings);
    }

    /** Except {@code service "x"}, which the Compose expansion replaces with that service's image or build. */
    @Test
    void everySubjectBecomesAnImage() {
        List<Class<?>> subjects = new ArrayList<>(leaves(Subject.class));
        subjects.remove(ServiceSubject.class);

        assertThat(new ArrayList<Class<?>>(SubjectImages.KINDS)).containsExactlyInAnyOrderElementsOf(subjects);
    }

    /** The records at the bottom of a sealed family, through every sealed interface between. */
    static List<Class<?>> leaves(Class<?> family) {
        List<Class<?>> found = new ArrayList<>();
        Class<?>[] permitted = family.getPermittedSubclasses();
        if (permitted == null) {
            found.add(family);
            return found;
        }
        for (Class<?> kind : permitted) {
            found.addAll(leaves(kind));
        }
        return found;
    }
}
