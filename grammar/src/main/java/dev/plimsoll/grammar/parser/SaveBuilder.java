package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.FromBody;
import dev.plimsoll.grammar.ast.FromHeader;
import dev.plimsoll.grammar.ast.FromJson;
import dev.plimsoll.grammar.ast.FromStream;
import dev.plimsoll.grammar.ast.SaveValue;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.ValueSource;
import dev.plimsoll.grammar.parser.ContractParser.HeaderSourceContext;
import dev.plimsoll.grammar.parser.ContractParser.JsonSourceContext;
import dev.plimsoll.grammar.parser.ContractParser.SaveContext;
import dev.plimsoll.grammar.parser.ContractParser.StreamSourceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code save SOURCE as NAME} in a step's block. One grammar rule serves every block, so a source that does not
 * fit the step (stdout of a response, json of a command) gets a message naming the ones that do.
 */
final class SaveBuilder {
    /** The kind of step whose block holds the saves. */
    enum Block {
        RESPONSE,
        COMMAND,
        WAIT
    }

    private final Terms terms;
    private final Problems problems;

    SaveBuilder(Terms terms, Problems problems) {
        this.terms = terms;
        this.problems = problems;
    }

    List<SaveValue> saves(List<SaveContext> ctxs, Block block) {
        List<SaveValue> saves = new ArrayList<>();
        for (SaveContext ctx : ctxs) {
            if (block == Block.WAIT) {
                problems.error(
                        "a wait saves no values",
                        Spans.of(ctx),
                        "save from 'expect http ... within D', which retries like a wait");
                continue;
            }
            ValueSource source = source(ctx, block);
            String name = terms.name(ctx.name());
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                problems.error(
                        "bad name '" + name + "' for a saved value",
                        Spans.of(ctx.name()),
                        "names are letters, digits and _, not starting with a digit, as in ${NAME}");
            }
            saves.add(new SaveValue(source, name, Spans.of(ctx)));
        }
        return saves;
    }

    private ValueSource source(SaveContext save, Block block) {
        ContractParser.ValueSourceContext ctx = save.valueSource();
        Span span = Spans.of(ctx);
        if (ctx instanceof StreamSourceContext stream) {
            Stream which = terms.stream(stream.stream());
            if (block == Block.RESPONSE) {
                misplaced(span, "'save " + ctx.getText() + "' reads a command's output, not a response", block);
            } else if (which == Stream.LOG) {
                misplaced(span, "a command has no log: its output is stdout and stderr", block);
            }
            return new FromStream(which, span);
        }
        if (block == Block.COMMAND) {
            misplaced(span, "'save " + ctx.getStart().getText() + "' reads an http response, not a command", block);
        }
        if (ctx instanceof JsonSourceContext json) {
            return new FromJson(terms.text(json.string()), span);
        }
        if (ctx instanceof HeaderSourceContext header) {
            return new FromHeader(terms.text(header.string()), span);
        }
        return new FromBody(span);
    }

    private void misplaced(Span span, String message, Block block) {
        problems.error(
                message,
                span,
                block == Block.RESPONSE
                        ? "from a response save json \"PATH\", header \"Name\" or body"
                        : "from a command save stdout or stderr");
    }
}
