package dev.plimsoll.engine.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** What counts as a contract, and where to look for them: the engine and the runner search alike. */
public final class ContractFiles {
    static final String EXTENSION = ".contract";

    private ContractFiles() {}

    static boolean isContract(Path path) {
        return isContract(path.getFileName() == null ? "" : path.getFileName().toString());
    }

    static boolean isContract(String name) {
        return name.endsWith(EXTENSION) && name.length() > EXTENSION.length();
    }

    /**
     * The contracts below {@code directory}, sorted. Hidden folders and {@code target/} are not entered: they hold
     * copies (build output, version control), not contracts of their own. Unreadable folders are passed over.
     */
    public static List<Path> below(Path directory) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(directory) || !skipped(dir)
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isContract(file)) {
                        found.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + directory + " for contracts", e);
        }
        found.sort(null);
        return found;
    }

    private static boolean skipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || name.equals("target");
    }
}
