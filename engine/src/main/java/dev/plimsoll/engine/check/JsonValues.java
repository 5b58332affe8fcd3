package dev.plimsoll.engine.check;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import java.util.List;
import java.util.Optional;

/** One value read from a JSON body by its path, as text for {@code ${NAME}}: strings bare, the rest as JSON. */
public final class JsonValues {
    private JsonValues() {}

    /** The value, or the reason there is none: not JSON, no such path, an empty match. */
    public record Read(Optional<String> value, String problem) {}

    public static Read read(String body, String path) {
        Optional<DocumentContext> document = JsonChecks.parse(body);
        if (document.isEmpty()) {
            return missing(JsonChecks.notJson(body));
        }
        Object value;
        try {
            value = document.get().read(path);
        } catch (PathNotFoundException e) {
            return missing("json " + Show.quote(path) + ": not found in " + Show.quote(body, 200));
        } catch (InvalidPathException e) {
            return missing("json " + Show.quote(path) + ": invalid JSONPath: " + e.getMessage());
        }
        if (value instanceof List<?> list && list.size() == 1) {
            value = list.get(0); // a filter that found one element: its value, as people mean it
        } else if (value instanceof List<?> list && list.isEmpty()) {
            return missing("json " + Show.quote(path) + ": matched nothing in " + Show.quote(body, 200));
        }
        String text = value instanceof String string ? string : new JsonSmartJsonProvider().toJson(value);
        return new Read(Optional.of(text), "");
    }

    private static Read missing(String problem) {
        return new Read(Optional.empty(), problem);
    }
}
