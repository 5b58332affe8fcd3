package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads paths out of a container through the archive API, which needs no shell and works on a created,
 * never started container. Contents are kept for files up to {@link FileEntry#MAX_CONTENT}, and at most
 * {@link #CONTENT_BUDGET} bytes in all, so reading a large tree stays bounded. A path the archive leaves out
 * (a socket, a fifo) is described by {@link PathStats} instead.
 */
final class Archives {

    static final long CONTENT_BUDGET = 16L << 20;

    private final DockerClient client;
    private final EngineWatch watch;
    private final PathStats stats;

    Archives(DockerClient client, EngineWatch watch, PathStats stats) {
        this.client = client;
        this.watch = watch;
        this.stats = stats;
    }

    List<FileEntry> read(String containerId, String path) {
        String absolute = "/" + DockerIgnore.clean(path);
        return watch.run("read " + absolute + " from " + Containers.shortId(containerId), () -> {
            try (InputStream archive =
                    client.copyArchiveFromContainerCmd(containerId, absolute).exec()) {
                List<FileEntry> entries = entries(archive, parentOf(absolute));
                // The archive leaves out sockets and fifos (an empty tar); Docker's stat of the path still names them.
                return entries.isEmpty() ? stats.stat(containerId, absolute) : entries;
            } catch (NotFoundException missing) {
                return List.of();
            } catch (IOException e) {
                throw new DockerOperationException("cannot read the archive of " + absolute + ": " + e.getMessage(), e);
            }
        });
    }

    /** The archive names entries relative to the parent of the requested path. */
    private static String parentOf(String absolute) {
        int slash = absolute.lastIndexOf('/');
        return slash <= 0 ? "" : absolute.substring(0, slash);
    }

    static List<FileEntry> entries(InputStream archive, String parent) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        long budget = CONTENT_BUDGET;
        TarArchiveInputStream tar = new TarArchiveInputStream(archive);
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            String name = DockerIgnore.clean(entry.getName());
            String path = name.isEmpty() ? (parent.isEmpty() ? "/" : parent) : parent + "/" + name;
            Optional<byte[]> content = Optional.empty();
            if (entry.isFile()
                    && !entry.isLink()
                    && entry.getSize() <= FileEntry.MAX_CONTENT
                    && entry.getSize() <= budget) {
                content = Optional.of(tar.readAllBytes());
                budget -= entry.getSize();
            }
            entries.add(new FileEntry(
                    path,
                    type(entry),
                    entry.getMode() & 07777,
                    (int) entry.getLongUserId(),
                    (int) entry.getLongGroupId(),
                    entry.isSymbolicLink() ? Optional.of(entry.getLinkName()) : Optional.empty(),
                    entry.getSize(),
                    content));
        }
        return entries;
    }

    private static FileEntry.Type type(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return FileEntry.Type.SYMLINK;
        }
        if (entry.isDirectory()) {
            return FileEntry.Type.DIRECTORY;
        }
        return entry.isFile() ? FileEntry.Type.FILE : FileEntry.Type.OTHER;
    }
}
