package dev.plimsoll.engine.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A build context as a tar stream, written by a background thread into a pipe so that a large context is
 * never held in memory. Files that {@code .dockerignore} excludes are left out, except the Dockerfile and
 * {@code .dockerignore} themselves, which Docker always needs. Owners are 0:0, as the docker CLI sends them.
 */
final class ContextTar implements AutoCloseable {

    private static final int PIPE_BUFFER = 256 * 1024;

    private final PipedInputStream input;
    private final Thread writer;
    private final AtomicReference<IOException> failure = new AtomicReference<>();

    private ContextTar(Path context, String dockerfile) throws IOException {
        input = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream output = new PipedOutputStream(input);
        writer = new Thread(() -> writeThenClose(context, dockerfile, output), "plimsoll-context-tar");
        writer.setDaemon(true);
    }

    static ContextTar open(Path context, String dockerfile) throws IOException {
        ContextTar tar = new ContextTar(context, dockerfile);
        tar.writer.start();
        return tar;
    }

    InputStream input() {
        return input;
    }

    /** Why writing the tar stopped early, if it did. */
    @Nullable
    IOException failure() {
        return failure.get();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private void writeThenClose(Path context, String dockerfile, OutputStream output) {
        try (output) {
            write(context, dockerfile, output);
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Writes the context as a tar to {@code out}. */
    static void write(Path context, String dockerfile, OutputStream out) throws IOException {
        DockerIgnore ignore = DockerIgnore.read(context);
        Set<String> alwaysSent = Set.of(DockerIgnore.clean(dockerfile), ".dockerignore");
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        Files.walkFileTree(context, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = relative(context, dir);
                if (name.isEmpty()) {
                    return FileVisitResult.CONTINUE;
                }
                if (!ignore.ignores(name)) {
                    add(tar, dir, name + "/", attrs);
                    return FileVisitResult.CONTINUE;
                }
                // With no "!" rule nothing below an ignored directory can come back.
                return ignore.canSkipIgnoredDirectories() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = relative(context, file);
                if (alwaysSent.contains(name) || !ignore.ignores(name)) {
                    add(tar, file, name, attrs);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        tar.finish();
    }

    private static String relative(Path context, Path path) {
        return context.relativize(path).toString().replace('\\', '/');
    }

    private static void add(TarArchiveOutputStream tar, Path path, String name, BasicFileAttributes attrs)
            throws IOException {
        TarArchiveEntry entry;
        if (attrs.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
        } else {
            entry = new TarArchiveEntry(path.toFile(), name);
            entry.setSize(attrs.isRegularFile() ? attrs.size() : 0);
        }
        entry.setMode(mode(path, attrs));
        entry.setIds(0, 0);
        entry.setNames("", "");
        entry.setModTime(attrs.lastModifiedTime());
        tar.putArchiveEntry(entry);
        if (attrs.isRegularFile()) {
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
    }

    private static int mode(Path path, BasicFileAttributes attrs) throws IOException {
        int type = attrs.isDirectory() ? 040000 : attrs.isSymbolicLink() ? 0120000 : 0100000;
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return type | (attrs.isDirectory() ? 0755 : 0644);
        }
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return type | bits;
    }
}
