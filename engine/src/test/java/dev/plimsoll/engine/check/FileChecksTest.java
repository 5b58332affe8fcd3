package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.contains;
import static dev.plimsoll.engine.check.Ast.equalTo;
import static dev.plimsoll.engine.check.Ast.matches;
import static dev.plimsoll.engine.check.Ast.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.FileEntry.Type;
import dev.plimsoll.engine.docker.ImageAccounts;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Absent;
import dev.plimsoll.grammar.ast.ById;
import dev.plimsoll.grammar.ast.ByName;
import dev.plimsoll.grammar.ast.Content;
import dev.plimsoll.grammar.ast.Exists;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.FileProperty;
import dev.plimsoll.grammar.ast.HasMode;
import dev.plimsoll.grammar.ast.IsDirectory;
import dev.plimsoll.grammar.ast.IsRegularFile;
import dev.plimsoll.grammar.ast.IsSocket;
import dev.plimsoll.grammar.ast.IsSymlink;
import dev.plimsoll.grammar.ast.OwnedBy;
import dev.plimsoll.grammar.ast.Principal;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.TextMatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileChecksTest {

    private static final ImageAccounts ACCOUNTS = ImageAccounts.parse(
            "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n", "root:x:0:\napp:x:1000:\n");

    private static final FileEntry DATA =
            new FileEntry("/data", Type.DIRECTORY, 0750, 1000, 1000, Optional.empty(), 4096, Optional.empty());
    private static final FileEntry INDEX = file("/srv/www/index.html", "<h1>greeter</h1>\n");
    private static final FileEntry LINK = new FileEntry(
            "/usr/bin/greet", Type.SYMLINK, 0777, 0, 0, Optional.of("/usr/local/bin/greeter"), 0, Optional.empty());

    private static List<String> check(FileEntry entry, FileProperty... properties) {
        return check(List.of(entry), properties);
    }

    private static List<String> check(List<FileEntry> entries, FileProperty... properties) {
        var fileCheck = new FileCheck(text("/some/path"), List.of(properties), Span.NONE);
        return FileChecks.mismatches(new Resolver(Variables.empty()).file(fileCheck), entries, () -> ACCOUNTS);
    }

    private static final FileEntry SOCKET = new FileEntry(
            "/run/app.sock",
            Type.SOCKET,
            0755,
            FileEntry.UNKNOWN_OWNER,
            FileEntry.UNKNOWN_OWNER,
            Optional.empty(),
            0,
            Optional.empty());

    @Test
    void isSocketHoldsForASocketAndNamesWhatElseItFound() {
        assertThat(check(SOCKET, new IsSocket(Span.NONE), new HasMode(0755, Span.NONE)))
                .isEmpty();
        assertThat(check(INDEX, new IsSocket(Span.NONE))).containsExactly("type: expected socket, got regular file");
        assertThat(check(SOCKET, new IsRegularFile(Span.NONE)))
                .containsExactly("type: expected regular file, got socket");
        assertThat(check(List.of(), new IsSocket(Span.NONE))).containsExactly("'/some/path' does not exist");
    }

    @Test
    void aSocketsOwnerIsUnknownAndSaysSoRatherThanPassing() {
        assertThat(check(SOCKET, new OwnedBy(new ByName("root", Span.NONE), Optional.empty(), Span.NONE)))
                .singleElement()
                .asString()
                .contains("does not tell the owner of a socket");
    }

    @Test
    void existsHoldsForAnyEntry() {
        assertThat(check(DATA, new Exists(Span.NONE))).isEmpty();
    }

    @Test
    void missingPathIsOneMismatchWhateverTheProperties() {
        assertThat(check(List.of(), new Exists(Span.NONE), new IsDirectory(Span.NONE), new HasMode(0750, Span.NONE)))
                .containsExactly("'/some/path' does not exist");
    }

    @Test
    void absentHoldsForAMissingPath() {
        assertThat(check(List.of(), new Absent(Span.NONE))).isEmpty();
    }

    @Test
    void absentReportsWhatIsThere() {
        assertThat(check(DATA, new Absent(Span.NONE)))
                .containsExactly("expected '/some/path' to be absent, got a directory");
    }

    @Test
    void directoryComparesTheType() {
        assertThat(check(DATA, new IsDirectory(Span.NONE))).isEmpty();
        assertThat(check(INDEX, new IsDirectory(Span.NONE)))
                .containsExactly("type: expected directory, got regular file");
    }

    @Test
    void regularFileComparesTheType() {
        assertThat(check(INDEX, new IsRegularFile(Span.NONE))).isEmpty();
        assertThat(check(LINK, new IsRegularFile(Span.NONE)))
                .containsExactly("type: expected regular file, got symlink");
    }

    @Test
    void symlinkComparesTypeAndTarget() {
        assertThat(check(LINK, new IsSymlink(Optional.of(text("/usr/local/bin/greeter")), Span.NONE)))
                .isEmpty();
        assertThat(check(LINK, new IsSymlink(Optional.of(text("/bin/greeter")), Span.NONE)))
                .containsExactly("symlink target: expected '/bin/greeter', got '/usr/local/bin/greeter'");
        assertThat(check(DATA, new IsSymlink(Optional.of(text("/x")), Span.NONE)))
                .containsExactly("type: expected symlink, got directory");
    }

    @Test
    void ownerByNamesResolvesThroughTheImageAccounts() {
        assertThat(check(DATA, owner(name("app"), name("app")))).isEmpty();
        assertThat(check(INDEX, owner(name("app"), name("app"))))
                .containsExactly("owner: expected 'app:app', got 'root:root' (0:0)");
    }

    @Test
    void ownerByIds() {
        assertThat(check(DATA, owner(id(1000), id(1000)))).isEmpty();
        assertThat(check(DATA, owner(id(0), null))).containsExactly("owner: expected '0', got 'app' (1000)");
    }

    @Test
    void ownerWithoutGroupIgnoresTheGroup() {
        var appOwnedRootGroup =
                new FileEntry("/x", Type.FILE, 0644, 1000, 0, Optional.empty(), 0, Optional.of(new byte[0]));

        assertThat(check(appOwnedRootGroup, owner(name("app"), null))).isEmpty();
    }

    @Test
    void ownerNamesAUserTheImageDoesNotHave() {
        assertThat(check(DATA, owner(name("www"), null)))
                .containsExactly("owner: expected 'www', got 'app' (1000); the image has no user 'www'");
    }

    @Test
    void ownerShowsIdsWithoutNames() {
        var unnamed = new FileEntry("/x", Type.FILE, 0644, 4242, 4242, Optional.empty(), 0, Optional.empty());

        assertThat(check(unnamed, owner(name("app"), name("app"))))
                .containsExactly("owner: expected 'app:app', got '4242:4242' (4242:4242)");
    }

    @Test
    void modeIsComparedAsFourOctalDigits() {
        assertThat(check(DATA, new HasMode(0750, Span.NONE))).isEmpty();
        assertThat(check(DATA, new HasMode(0755, Span.NONE))).containsExactly("mode: expected 0755, got 0750");
        assertThat(check(DATA, new HasMode(04750, Span.NONE))).containsExactly("mode: expected 4750, got 0750");
    }

    @Test
    void contentContains() {
        assertThat(check(INDEX, content(contains("greeter")))).isEmpty();
        assertThat(check(INDEX, content(contains("counter"))))
                .containsExactly("content: expected to contain 'counter', got '<h1>greeter</h1>\\n'");
    }

    @Test
    void contentEquals() {
        assertThat(check(INDEX, content(equalTo("<h1>greeter</h1>\n")))).isEmpty();
        assertThat(check(INDEX, content(equalTo("<h1>greeter</h1>"))))
                .containsExactly("content: expected '<h1>greeter</h1>', got '<h1>greeter</h1>\\n'");
    }

    @Test
    void contentMatches() {
        assertThat(check(INDEX, content(matches("<h1>\\w+</h1>")))).isEmpty();
        assertThat(check(INDEX, content(matches("^<h2>"))))
                .containsExactly("content: expected to match /^<h2>/, got '<h1>greeter</h1>\\n'");
    }

    @Test
    void contentOfADirectoryIsAMismatch() {
        assertThat(check(DATA, content(contains("x"))))
                .containsExactly("content: expected a regular file, got a directory");
    }

    @Test
    void contentOfAFileTooLargeToReadIsAMismatch() {
        var large = new FileEntry("/big", Type.FILE, 0644, 0, 0, Optional.empty(), 5_200_000, Optional.empty());

        assertThat(check(large, content(contains("x"))))
                .containsExactly("content: the file is 5.2 MB, too large to read (limit 1.0 MB)");
    }

    @Test
    void reportsEveryPropertyThatFails() {
        assertThat(check(INDEX, new IsDirectory(Span.NONE), owner(name("app"), null), new HasMode(0644, Span.NONE)))
                .containsExactly("type: expected directory, got regular file", "owner: expected 'app', got 'root' (0)");
    }

    private static FileEntry file(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new FileEntry(path, Type.FILE, 0644, 0, 0, Optional.empty(), bytes.length, Optional.of(bytes));
    }

    private static OwnedBy owner(Principal user, Principal group) {
        return new OwnedBy(user, Optional.ofNullable(group), Span.NONE);
    }

    private static ByName name(String name) {
        return new ByName(name, Span.NONE);
    }

    private static ById id(int id) {
        return new ById(id, Span.NONE);
    }

    private static Content content(TextMatch match) {
        return new Content(match, Span.NONE);
    }
}
