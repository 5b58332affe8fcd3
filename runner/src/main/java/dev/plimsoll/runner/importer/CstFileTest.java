package dev.plimsoll.runner.importer;

import dev.plimsoll.runner.importer.Draft.FileProperty;
import java.util.Optional;

/** One {@code fileExistenceTests} or {@code fileContentTests} item, as properties of the path's {@code file} line. */
final class CstFileTest {
    private static final String RWX = "rwxrwxrwx";

    private final Fields fields;
    private final Draft draft;
    private final String key;

    CstFileTest(Fields fields, Draft draft, String key) {
        this.fields = fields;
        this.draft = draft;
        this.key = key;
    }

    void existence(YamlValue.Mapping test) {
        Optional<String> path = path(test);
        if (path.isEmpty()) {
            return;
        }
        if (test.get("shouldExist").isEmpty()) {
            // The tool would read a missing shouldExist as false; the schema requires it, so ask rather than guess.
            fields.missing(test, key + ".shouldExist");
            return;
        }
        Optional<Integer> uid = Optional.empty();
        Optional<Integer> gid = Optional.empty();
        for (YamlValue.Entry entry : test.entries()) {
            String k = key + "." + entry.name();
            int line = entry.key().line();
            YamlValue v = entry.value();
            switch (entry.name()) {
                case "name", "path" -> {}
                case "shouldExist" -> fields.bool(v, k)
                        .ifPresent(exists -> property(
                                path.get(),
                                FileProperty.single(exists ? "exists" : "absent", exists ? "exists" : "absent"),
                                k,
                                line));
                case "permissions" -> fields.string(v, k).ifPresent(p -> permissions(path.get(), p, k, line));
                case "uid" -> uid = fields.integer(v, k);
                case "gid" -> gid = fields.integer(v, k);
                case "isExecutableBy" -> draft.skipFile(
                        path.get(),
                        new Skipped(k, line, "plimsoll compares the whole mode (mode 0755), not one execute bit"));
                default -> draft.skipFile(path.get(), new Skipped(k, line, "not a key of fileExistenceTests"));
            }
        }
        owner(path.get(), test, uid, gid);
    }

    void contents(YamlValue.Mapping test) {
        Optional<String> path = path(test);
        if (path.isEmpty()) {
            return;
        }
        for (YamlValue.Entry entry : test.entries()) {
            String k = key + "." + entry.name();
            int line = entry.key().line();
            switch (entry.name()) {
                case "name", "path" -> {}
                case "expectedContents" -> fields.strings(entry.value(), k)
                        .ifPresent(res -> res.forEach(re -> content(path.get(), re, false, k, line)));
                case "excludedContents" -> fields.strings(entry.value(), k)
                        .ifPresent(res -> res.forEach(re -> content(path.get(), re, true, k, line)));
                default -> draft.skipFile(path.get(), new Skipped(k, line, "not a key of fileContentTests"));
            }
        }
    }

    private Optional<String> path(YamlValue.Mapping test) {
        Optional<YamlValue> path = test.get("path");
        if (path.isEmpty()) {
            fields.missing(test, key + ".path");
            return Optional.empty();
        }
        return fields.string(path.get(), key + ".path");
    }

    private void content(String path, String goRegex, boolean excluded, String k, int line) {
        String java = ContractText.javaRegex(goRegex);
        Optional<String> problem = ContractText.problem(java);
        if (problem.isPresent()) {
            draft.skipFile(path, new Skipped(k, line, problem.get()));
            return;
        }
        // The language has no 'not' for file contents: a regex that matches only where the other has no match.
        String regex = excluded ? ContractText.nowhere(java) : java;
        property(path, FileProperty.content("matches " + ContractText.regex(regex, "")), k, line);
    }

    /** {@code -rwxr-xr-x} as Go prints a file mode: type and special-bit letters, then nine permission bits. */
    private void permissions(String path, String text, String k, int line) {
        if (text.length() < 10) {
            draft.skipFile(path, new Skipped(k, line, "'" + text + "' is not a permission string such as -rw-r--r--"));
            return;
        }
        String letters = text.substring(0, text.length() - 9);
        String bits = text.substring(text.length() - 9);
        int mode = 0;
        for (int i = 0; i < 9; i++) {
            char c = bits.charAt(i);
            if (c == RWX.charAt(i)) {
                mode |= 1 << (8 - i);
            } else if (c != '-') {
                draft.skipFile(
                        path, new Skipped(k, line, "'" + text + "' is not a permission string such as -rw-r--r--"));
                return;
            }
        }
        String kind = "";
        for (char c : letters.toCharArray()) {
            switch (c) {
                case '-' -> {}
                case 'd' -> kind = "is directory";
                case 'L' -> kind = "is symlink";
                case 'S' -> kind = "is socket";
                case 'u' -> mode |= 04000;
                case 'g' -> mode |= 02000;
                case 't' -> mode |= 01000;
                default -> {
                    draft.skipFile(
                            path,
                            new Skipped(
                                    k, line, "'" + c + "' in '" + text + "' is a file type plimsoll does not check"));
                    return;
                }
            }
        }
        property(path, FileProperty.single("is", kind.isEmpty() ? "is regular file" : kind), k, line);
        property(path, FileProperty.single("mode", "mode " + String.format("%04o", mode)), k, line);
    }

    private void owner(String path, YamlValue.Mapping test, Optional<Integer> uid, Optional<Integer> gid) {
        if (uid.isPresent()) {
            String owner = uid.get() + gid.map(g -> ":" + g).orElse("");
            property(
                    path,
                    FileProperty.single("owned by", "owned by " + ContractText.string(owner)),
                    key + ".uid",
                    line(test, "uid"));
        } else if (gid.isPresent()) {
            draft.skipFile(
                    path,
                    new Skipped(
                            key + ".gid",
                            line(test, "gid"),
                            "plimsoll checks a group only with its owner (owned by \"uid:gid\")"));
        }
    }

    private static int line(YamlValue.Mapping test, String name) {
        return test.entries().stream()
                .filter(e -> e.name().equals(name))
                .map(e -> e.key().line())
                .findFirst()
                .orElse(test.line());
    }

    private void property(String path, FileProperty property, String k, int line) {
        draft.file(path, property, k, line);
    }
}
