package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Text;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of step, found through the sealed interfaces rather than listed, is printed and described: a new
 * step kind without a printer fails here instead of printing nothing (or throwing) at run time.
 */
class StepKindsTest {

    static List<Class<?>> stepKinds() {
        List<Class<?>> kinds = new ArrayList<>();
        collect(Step.class, kinds);
        return kinds;
    }

    private static void collect(Class<?> type, List<Class<?>> kinds) {
        if (type.isRecord()) {
            kinds.add(type);
            return;
        }
        for (Class<?> sub : type.getPermittedSubclasses()) {
            collect(sub, kinds);
        }
    }

    @Test
    void findsEveryStepKindThroughTheSealedInterfaces() {
        assertThat(stepKinds())
                .extracting(Class::getSimpleName)
                .contains("WaitForExit", "Pause", "ExpectFile", "ExpectRun", "ServiceSettings", "DockerSocketMount")
                .hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepKinds")
    void everyStepKindIsDescribedAndPrintedBackToTheSameKind(Class<?> kind) throws ReflectiveOperationException {
        Step step = (Step) sample(kind);

        String described = step.describe();
        ParseResult reparsed = Contracts.parse(
                "kinds.contract", "image \"x\"\nservice x { image \"x\" }\nscenario \"s\" {\n  " + described + "\n}\n");

        assertThat(described).isNotBlank();
        assertThat(reparsed.contract())
                .as("'%s' parses: %s", described, reparsed.render())
                .isPresent();
        Scenario scenario = reparsed.contract().orElseThrow().scenarios().get(0);
        assertThat(scenario.steps()).singleElement().isInstanceOf(kind);
    }

    /**
     * A value of any AST type: records from samples of their components, sealed types by their first kind, lists
     * and optionals with one element so that every part is printed.
     */
    private static Object sample(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Object element = sample(parameterized.getActualTypeArguments()[0]);
            return raw == Optional.class ? Optional.of(element) : List.of(element);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "x";
        }
        if (c == Integer.class) {
            return 80;
        }
        if (c == int.class || c == long.class) {
            return c == int.class ? (Object) 1 : (Object) 1L;
        }
        if (c == boolean.class) {
            return false;
        }
        if (c == Span.class) {
            return Span.NONE;
        }
        if (c == Text.class) {
            return Text.of("x", Span.NONE);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isSealed()) {
            return sample(c.getPermittedSubclasses()[0]);
        }
        if (c == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        }
        RecordComponent[] components = c.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(components[i].getGenericType());
        }
        Constructor<?> constructor = c.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }
}
