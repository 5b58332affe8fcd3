package dev.plimsoll.runner.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** A contract, scenario or check of the fake engine, with what it should do when executed. */
final class FakeDescriptor extends AbstractTestDescriptor {

    final Type type;
    final String kind;
    final String message;
    final List<String> logs = new ArrayList<>();
    final Map<String, String> entries = new LinkedHashMap<>();
    /** Report entries to publish before the child at the key's index runs (after the last child: its count). */
    final List<Map.Entry<Integer, Map<String, String>>> moments = new ArrayList<>();

    FakeDescriptor(UniqueId id, String name, TestSource source, Type type, String kind, String message) {
        super(id, name, source);
        this.type = type;
        this.kind = kind;
        this.message = message;
    }

    @Override
    public Type getType() {
        return type;
    }
}
