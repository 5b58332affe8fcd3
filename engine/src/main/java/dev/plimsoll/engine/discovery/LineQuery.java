package dev.plimsoll.engine.discovery;

import java.net.URI;
import java.util.Optional;
import org.junit.platform.engine.discovery.FilePosition;

/** The {@code ?line=N} of a contract URI, as IDEs send it to re-run what is written at that line. */
final class LineQuery {
    private LineQuery() {}

    static Optional<FilePosition> of(URI uri) {
        String query = uri.getQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("line=")) {
                try {
                    return Optional.of(FilePosition.from(Integer.parseInt(parameter.substring(5))));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
