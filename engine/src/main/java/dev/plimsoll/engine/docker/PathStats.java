package dev.plimsoll.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Docker's archive endpoint says of a path in its {@code X-Docker-Container-Path-Stat} header (base64 JSON
 * {@code {name, size, mode, mtime, linkTarget}}), read with a raw request because docker-java drops the headers. The
 * archive itself leaves sockets and fifos out, so this is how we learn they are there; the stat has no owner.
 */
final class PathStats {
    static final String HEADER = "X-Docker-Container-Path-Stat";

    // Go's os.FileMode bits, as Docker serialises them.
    private static final long MODE_DIR = 1L << 31;
    private static final long MODE_SYMLINK = 1L << 27;
    private static final long MODE_SOCKET = 1L << 24;
    private static final long MODE_SETUID = 1L << 23;
    private static final long MODE_SETGID = 1L << 22;
    private static final long MODE_STICKY = 1L << 20;
    private static final long MODE_SPECIAL =
            (1L << 26) | (1L << 25) | (1L << 21) | (1L << 19); // dev, pipe, char, irregular

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Logger LOG = LoggerFactory.getLogger(PathStats.class);
    private static final Duration OWNER_TIMEOUT = Duration.ofSeconds(5);

    private final DockerHttpClient http;
    private final String apiVersion;
    private final Processes processes;

    PathStats(DockerHttpClient http, String apiVersion, Processes processes) {
        this.http = http;
        this.apiVersion = apiVersion;
        this.processes = processes;
    }

    /** The entry at {@code absolute} as its stat describes it; empty when the path does not exist. */
    List<FileEntry> stat(String containerId, String absolute) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/v" + apiVersion + "/containers/" + containerId + "/archive?path="
                        + URLEncoder.encode(absolute, StandardCharsets.UTF_8))
                .build();
        return DockerCall.run("stat " + absolute + " in " + Containers.shortId(containerId), () -> {
            try (DockerHttpClient.Response response = http.execute(request)) {
                if (response.getStatusCode() != 200) {
                    return List.of();
                }
                return header(response.getHeaders())
                        .map(value -> List.of(withOwner(containerId, entry(absolute, value))))
                        .orElse(List.of());
            }
        });
    }

    private static Optional<String> header(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(HEADER)
                        && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0))
                .findFirst();
    }

    /** One entry from the header's value; its owner is {@link FileEntry#UNKNOWN_OWNER}. */
    static FileEntry entry(String absolute, String headerValue) {
        JsonNode stat;
        try {
            stat = JSON.readTree(Base64.getDecoder().decode(headerValue.trim()));
        } catch (IOException | IllegalArgumentException e) {
            throw new DockerOperationException(
                    "Docker's stat of " + absolute + " is not base64 JSON: " + headerValue, e);
        }
        long mode = stat.path("mode").asLong();
        String link = stat.path("linkTarget").asText("");
        return new FileEntry(
                absolute,
                type(mode),
                permissions(mode),
                FileEntry.UNKNOWN_OWNER,
                FileEntry.UNKNOWN_OWNER,
                link.isEmpty() ? Optional.empty() : Optional.of(link),
                stat.path("size").asLong(),
                Optional.empty());
    }

    /**
     * The stat has no owner; a running container with {@code stat} can still tell it. Without one (stopped, no
     * coreutils) the owner stays unknown and {@code owned by} says so.
     */
    private FileEntry withOwner(String containerId, FileEntry entry) {
        try {
            return withOwner(
                    entry,
                    processes.exec(containerId, List.of("stat", "-c", "%u %g", "--", entry.path()), OWNER_TIMEOUT));
        } catch (DockerOperationException e) {
            LOG.debug("cannot ask the owner of {}: {}", entry.path(), e.getMessage());
            return entry;
        }
    }

    /** {@code entry} with the owner that {@code stat -c '%u %g'} printed, or unchanged if it did not work. */
    static FileEntry withOwner(FileEntry entry, ExecResult stat) {
        String[] ids = stat.stdout().trim().split(" ");
        if (stat.exitCode().orElse(-1) != 0 || ids.length != 2 || !ids[0].matches("\\d+") || !ids[1].matches("\\d+")) {
            return entry;
        }
        return new FileEntry(
                entry.path(),
                entry.type(),
                entry.mode(),
                Integer.parseInt(ids[0]),
                Integer.parseInt(ids[1]),
                entry.linkTarget(),
                entry.size(),
                entry.content());
    }

    static FileEntry.Type type(long mode) {
        if ((mode & MODE_DIR) != 0) {
            return FileEntry.Type.DIRECTORY;
        }
        if ((mode & MODE_SYMLINK) != 0) {
            return FileEntry.Type.SYMLINK;
        }
        if ((mode & MODE_SOCKET) != 0) {
            return FileEntry.Type.SOCKET;
        }
        return (mode & MODE_SPECIAL) != 0 ? FileEntry.Type.OTHER : FileEntry.Type.FILE;
    }

    /** Unix permission bits ({@code 04755}) from Go's mode, whose setuid, setgid and sticky bits sit elsewhere. */
    static int permissions(long mode) {
        int bits = (int) (mode & 0777);
        bits |= (mode & MODE_SETUID) != 0 ? 04000 : 0;
        bits |= (mode & MODE_SETGID) != 0 ? 02000 : 0;
        bits |= (mode & MODE_STICKY) != 0 ? 01000 : 0;
        return bits;
    }
}
