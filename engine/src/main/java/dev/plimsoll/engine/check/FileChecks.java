package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.ImageAccounts;
import dev.plimsoll.engine.plan.FileExpectation;
import dev.plimsoll.engine.plan.FileExpectation.Absent;
import dev.plimsoll.engine.plan.FileExpectation.Content;
import dev.plimsoll.engine.plan.FileExpectation.Exists;
import dev.plimsoll.engine.plan.FileExpectation.IsDirectory;
import dev.plimsoll.engine.plan.FileExpectation.IsRegularFile;
import dev.plimsoll.engine.plan.FileExpectation.IsSocket;
import dev.plimsoll.engine.plan.FileExpectation.IsSymlink;
import dev.plimsoll.engine.plan.FileExpectation.Mode;
import dev.plimsoll.engine.plan.FileExpectation.Owner;
import dev.plimsoll.engine.plan.FileExpectation.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code file "/path" ...properties}, against what the Docker API reads from the image's filesystem. */
public final class FileChecks {

    private FileChecks() {}

    /**
     * entries = Docker.readPath(path) result (empty = missing); the first entry is the path itself. {@code accounts}
     * is asked only by an owner check.
     */
    public static List<String> mismatches(
            FileExpectation check, List<FileEntry> entries, Supplier<ImageAccounts> accounts) {
        String path = check.path();
        boolean wantsAbsent = check.properties().stream().anyMatch(Absent.class::isInstance);
        if (entries.isEmpty()) {
            return wantsAbsent ? List.of() : List.of(Show.quote(path) + " does not exist");
        }
        FileEntry entry = entries.get(0);
        if (wantsAbsent) {
            return List.of("expected " + Show.quote(path) + " to be absent, got " + article(entry.type()));
        }
        List<String> mismatches = new ArrayList<>();
        for (Property property : check.properties()) {
            mismatches.addAll(mismatches(property, entry, accounts));
        }
        return mismatches;
    }

    private static List<String> mismatches(Property property, FileEntry entry, Supplier<ImageAccounts> accounts) {
        if (property instanceof IsDirectory) {
            return type(FileEntry.Type.DIRECTORY, entry);
        }
        if (property instanceof IsRegularFile) {
            return type(FileEntry.Type.FILE, entry);
        }
        if (property instanceof IsSocket) {
            return type(FileEntry.Type.SOCKET, entry);
        }
        if (property instanceof IsSymlink symlink) {
            List<String> type = type(FileEntry.Type.SYMLINK, entry);
            if (!type.isEmpty() || symlink.target().isEmpty()) {
                return type;
            }
            return target(symlink.target().get(), entry);
        }
        if (property instanceof Owner owner) {
            return Ownership.mismatches(owner.owner(), entry, accounts.get());
        }
        if (property instanceof Mode mode) {
            return mode(mode.mode(), entry.mode() & 07777);
        }
        if (property instanceof Content content) {
            return content(content, entry);
        }
        if (property instanceof Exists) {
            return List.of(); // the entry is there
        }
        throw new IllegalStateException(
                "no file check for '" + property.getClass().getSimpleName() + "'");
    }

    private static List<String> type(FileEntry.Type expected, FileEntry entry) {
        if (entry.type() == expected) {
            return List.of();
        }
        return List.of("type: expected " + name(expected) + ", got " + name(entry.type()));
    }

    private static List<String> target(String expected, FileEntry entry) {
        String actual = entry.linkTarget().orElse("");
        if (actual.equals(expected)) {
            return List.of();
        }
        return List.of("symlink target: expected " + Show.quote(expected) + ", got " + Show.quote(actual));
    }

    private static List<String> mode(int expected, int actual) {
        if (expected == actual) {
            return List.of();
        }
        return List.of("mode: expected " + Show.mode(expected) + ", got " + Show.mode(actual));
    }

    private static List<String> content(Content content, FileEntry entry) {
        if (entry.type() != FileEntry.Type.FILE) {
            return List.of("content: expected a regular file, got " + article(entry.type()));
        }
        if (entry.content().isEmpty()) {
            return List.of("content: the file is " + Show.size(entry.size()) + ", too large to read (limit "
                    + Show.size(FileEntry.MAX_CONTENT) + ")");
        }
        String text = new String(entry.content().get(), StandardCharsets.UTF_8);
        return TextMatchers.mismatches("content", content.expected(), text);
    }

    private static String name(FileEntry.Type type) {
        return switch (type) {
            case FILE -> "regular file";
            case DIRECTORY -> "directory";
            case SYMLINK -> "symlink";
            case SOCKET -> "socket";
            case OTHER -> "special file";
        };
    }

    private static String article(FileEntry.Type type) {
        return "a " + name(type);
    }
}
