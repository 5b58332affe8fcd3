package dev.plimsoll.engine.descriptor;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Where a contract came from: a file, or a classpath resource. It gives every descriptor its source with a line,
 * so IDEs jump to it, and the directory that {@code build "."} is relative to.
 *
 * @param key the value of the contract's unique-id segment: an absolute path, or {@code classpath:name}
 * @param displayName the path relative to the working directory, or the resource name
 */
public record ContractLocation(String key, String displayName, Optional<Path> file, Optional<Path> directory) {

    private static final String CLASSPATH_PREFIX = "classpath:";

    public static ContractLocation ofFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        String display = absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
        return new ContractLocation(
                absolute.toString(), display, Optional.of(absolute), Optional.ofNullable(absolute.getParent()));
    }

    /** A classpath resource; {@code uri} locates it, and gives a build directory when it is a plain file. */
    public static ContractLocation ofClasspathResource(String name, URI uri) {
        String resource = name.startsWith("/") ? name.substring(1) : name;
        Optional<Path> directory = "file".equals(uri.getScheme())
                ? Optional.ofNullable(Path.of(uri).getParent())
                : Optional.empty();
        return new ContractLocation(CLASSPATH_PREFIX + resource, resource, Optional.empty(), directory);
    }

    public boolean isClasspathResource() {
        return key.startsWith(CLASSPATH_PREFIX);
    }

    public String resourceName() {
        return key.substring(CLASSPATH_PREFIX.length());
    }

    public TestSource source(int line) {
        FilePosition position = line > 0 ? FilePosition.from(line) : null;
        return file.<TestSource>map(path -> FileSource.from(path.toFile(), position))
                .orElseGet(() -> ClasspathResourceSource.from(resourceName(), position));
    }

    /** The resource name in a unique-id key of a classpath contract; empty for a file's key. */
    public static Optional<String> classpathResourceName(String key) {
        return key.startsWith(CLASSPATH_PREFIX)
                ? Optional.of(key.substring(CLASSPATH_PREFIX.length()))
                : Optional.empty();
    }
}
