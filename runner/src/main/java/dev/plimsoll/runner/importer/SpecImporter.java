package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a spec file of a peer tool and writes the equivalent contract. */
public final class SpecImporter {
    private SpecImporter() {}

    /** goss renders templates before it reads the YAML; the values are not known here. */
    private static Optional<YamlValue> template(String text, List<Diagnostic> errors) {
        int at = text.indexOf("{{");
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        errors.add(Diagnostic.error(
                "a goss template: its values are known only when goss renders it",
                Span.of(line, column, 2),
                "import the output of 'goss render' (with your vars file), which also inlines included gossfiles"));
        return Optional.empty();
    }

    /**
     * @param name the file as the user named it, for messages
     * @param image the image the contract tests, when known; else {@code ${IMAGE}} must be set when it runs
     */
    public static Imported read(SpecFormat format, String name, String text, Optional<String> image) {
        List<Diagnostic> errors = new ArrayList<>();
        SourceText source = new SourceText(name, text);
        Optional<YamlValue> root = format == SpecFormat.GOSS && text.contains("{{")
                ? template(text, errors)
                : new YamlFile(name, errors::add).read(text);
        Draft draft = new Draft();
        draft.comment("Imported by 'plimsoll import " + format.word() + "' from the " + format.toolName() + " file "
                + name + ".");
        draft.comment("Keys without an exact equivalent are kept below as 'not imported' comments.");
        Fields fields = new Fields(errors::add);
        if (root.isPresent() && errors.isEmpty()) {
            if (format == SpecFormat.CST) {
                new CstImporter(fields, draft, errors::add).read(root.get());
            } else {
                draft.defaults("expect within 10s");
                draft.comment("goss is mostly run with a retry timeout: each check here is retried for up to 10s.");
                new GossImporter(fields, draft, errors::add).read(root.get());
            }
        }
        if (!errors.isEmpty()) {
            return new Imported("", 0, List.of(), errors, source);
        }
        // ${IMAGE} stays a variable, so the same contract can test another tag; the given image is its default.
        String subject = image.map(i -> ContractText.string(i))
                .map(quoted -> "image \"${IMAGE:-" + quoted.substring(1, quoted.length() - 1) + "}\"")
                .orElse("image \"${IMAGE}\"");
        return new Imported(draft.render(subject), draft.imported(), draft.skipped(), List.of(), source);
    }
}
