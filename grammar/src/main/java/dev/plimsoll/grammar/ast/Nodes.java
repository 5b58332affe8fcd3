package dev.plimsoll.grammar.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds nodes of one kind anywhere below a node, in source order (records are walked by their components). */
public final class Nodes {
    /** Accessor handles per record type: reflective calls pay an access check each time, handles don't. */
    private static final ClassValue<List<MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            List<MethodHandle> handles = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                handles.add(handle(component));
            }
            return List.copyOf(handles);
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
        for (MethodHandle accessor : ACCESSORS.get(value.getClass())) {
            collect(read(accessor, value), kind, found);
        }
    }

    private static MethodHandle handle(RecordComponent component) {
        try {
            return MethodHandles.publicLookup().unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object read(MethodHandle accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("record accessor failed", e); // accessors only return a field
        }
    }
}
