package dev.plimsoll.grammar.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds nodes of one kind anywhere below a node, in source order (records are walked by their components). */
public final class Nodes {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
    };

    private Nodes() {}

    public static <T> List<T> all(Object root, Class<T> kind) {
        List<T> found = new ArrayList<>();
        collect(root, kind, found);
        return found;
    }

    private static <T> void collect(Object value, Class<T> kind, List<T> found) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, kind, found));
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, kind, found));
            return;
        }
        if (!(value instanceof Node) || value instanceof Span) {
            return;
        }
        if (kind.isInstance(value)) {
            found.add(kind.cast(value));
        }
        for (RecordComponent component : COMPONENTS.get(value.getClass())) {
            collect(read(component, value), kind, found);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
