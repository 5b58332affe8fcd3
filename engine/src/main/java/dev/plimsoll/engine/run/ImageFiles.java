package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.FileEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The image's files as a contract's {@code file} checks read them from its inspection container, one archive read per
 * distinct path. That container is created and never started, and nothing copies into it, so what a read returned
 * stays true for the whole contract. A path below a directory read already is answered from that read when the read
 * holds it whole; otherwise (not in it: a socket, or a path through a symlink; or a file whose content the read left
 * out: a hard link, the content budget) it is read by itself, so every answer equals a read of the path alone.
 */
final class ImageFiles {
    private final Docker docker;
    private final String containerId;
    private final Map<String, List<FileEntry>> reads = new HashMap<>();
    private final Map<String, Future<List<FileEntry>>> ahead = new HashMap<>();

    ImageFiles(Docker docker, String containerId) {
        this.docker = docker;
        this.containerId = containerId;
    }

    /**
     * Begins reading {@code paths} on {@code pool}, several at once, before the checks ask. A path below another of
     * them is left to {@link #read}, which may answer it from that other's read, as when they are read in turn.
     */
    synchronized void readAhead(List<String> paths, ExecutorService pool) {
        for (String path : paths) {
            boolean below = paths.stream()
                    .anyMatch(
                            other -> !other.equals(path) && path.startsWith(other.endsWith("/") ? other : other + "/"));
            if (!below && !reads.containsKey(path) && !ahead.containsKey(path)) {
                ahead.put(path, pool.submit(() -> docker.readPath(containerId, path)));
            }
        }
    }

    /** What {@link Docker#readPath} of {@code path} returns, read at most once. */
    synchronized List<FileEntry> read(String path) {
        settleReadsAhead();
        List<FileEntry> known = reads.get(path);
        if (known != null) {
            return known;
        }
        List<FileEntry> entries = fromReadDirectory(path).orElseGet(() -> docker.readPath(containerId, path));
        reads.put(path, entries);
        return entries;
    }

    /**
     * Waits for the reads begun ahead and keeps what they returned. One that failed is forgotten: its path is read
     * again when asked, so the failure is told by its own check.
     */
    private void settleReadsAhead() {
        for (Map.Entry<String, Future<List<FileEntry>>> read : ahead.entrySet()) {
            try {
                reads.put(read.getKey(), read.getValue().get());
            } catch (ExecutionException failed) {
                // read again by its own check
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ahead.clear();
    }

    private Optional<List<FileEntry>> fromReadDirectory(String path) {
        if (!path.startsWith("/") || path.contains("//") || path.contains("/.") || path.endsWith("/")) {
            return Optional.empty(); // not in the archive's spelling: leave it to Docker
        }
        for (List<FileEntry> read : reads.values()) {
            if (read.isEmpty() || read.get(0).type() != FileEntry.Type.DIRECTORY) {
                continue;
            }
            String directory = read.get(0).path();
            if (!path.startsWith(directory.equals("/") ? "/" : directory + "/")) {
                continue;
            }
            List<FileEntry> below = read.stream()
                    .filter(entry -> entry.path().equals(path) || entry.path().startsWith(path + "/"))
                    .toList();
            if (!below.isEmpty()
                    && below.get(0).path().equals(path)
                    && below.stream().allMatch(ImageFiles::whole)) {
                return Optional.of(below);
            }
        }
        return Optional.empty();
    }

    /** A regular file small enough to have its content, but without it, was cut short by that read. */
    private static boolean whole(FileEntry entry) {
        return entry.type() != FileEntry.Type.FILE
                || entry.content().isPresent()
                || entry.size() > FileEntry.MAX_CONTENT;
    }
}
