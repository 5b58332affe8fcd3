package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Absent;
import dev.plimsoll.grammar.ast.Content;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Exists;
import dev.plimsoll.grammar.ast.ExpectFile;
import dev.plimsoll.grammar.ast.FileProperty;
import dev.plimsoll.grammar.ast.HasMode;
import dev.plimsoll.grammar.ast.IsDirectory;
import dev.plimsoll.grammar.ast.IsRegularFile;
import dev.plimsoll.grammar.ast.IsSymlink;
import dev.plimsoll.grammar.ast.OwnedBy;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The properties of one file check must be able to hold together: one mode, one owner, one kind, and nothing
 * besides {@code absent}. A check that can never pass is a mistake in the contract, not in the image.
 */
final class FilePropertyRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        List<List<FileProperty>> checks = new ArrayList<>();
        contract.files().forEach(file -> checks.add(file.properties()));
        nodes.all(ExpectFile.class).forEach(file -> checks.add(file.properties()));
        for (List<FileProperty> properties : checks) {
            Firsts.reportRepeats(
                    properties.stream().filter(p -> kind(p).isPresent()).toList(),
                    p -> kind(p).orElseThrow(),
                    "file property",
                    report);
            Optional<FileProperty> absent =
                    properties.stream().filter(Absent.class::isInstance).findFirst();
            absent.ifPresent(a -> properties.stream()
                    .filter(p -> !(p instanceof Absent))
                    .findFirst()
                    .ifPresent(other -> report.accept(Diagnostic.error(
                            "a file that is 'absent' cannot also be checked for '" + word(other) + "'",
                            Lines.head(later(a, other).span()),
                            "keep either 'absent' or the properties of the file"))));
        }
    }

    private static FileProperty later(FileProperty one, FileProperty other) {
        boolean oneFirst = one.span().line() < other.span().line()
                || (one.span().line() == other.span().line()
                        && one.span().column() < other.span().column());
        return oneFirst ? other : one;
    }

    /** Properties that may be written once per file; content checks may repeat. */
    private static Optional<String> kind(FileProperty property) {
        if (property instanceof HasMode) {
            return Optional.of("mode");
        }
        if (property instanceof OwnedBy) {
            return Optional.of("owned by");
        }
        if (property instanceof IsDirectory || property instanceof IsRegularFile || property instanceof IsSymlink) {
            return Optional.of("is");
        }
        if (property instanceof Exists || property instanceof Absent) {
            return Optional.of(word(property));
        }
        return Optional.empty();
    }

    private static String word(FileProperty property) {
        if (property instanceof Exists) {
            return "exists";
        }
        if (property instanceof Content) {
            return "content";
        }
        return property instanceof Absent ? "absent" : kind(property).orElse("property");
    }
}
