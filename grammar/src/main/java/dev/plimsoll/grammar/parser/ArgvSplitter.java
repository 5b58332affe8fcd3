package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextPart;
import java.util.ArrayList;
import java.util.List;

/** Splits a command string into words: whitespace separates, quotes group, references stay whole. */
final class ArgvSplitter {
    private final Span span;
    private final List<Text> words = new ArrayList<>();
    private List<TextPart> current = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private char quote;
    private boolean inWord;

    ArgvSplitter(Span span) {
        this.span = span;
    }

    List<Text> split(List<TextPart> parts) {
        for (TextPart part : parts) {
            if (part instanceof Literal text) {
                text.value().chars().forEach(c -> accept((char) c));
            } else {
                flushLiteral();
                current.add(part);
                inWord = true;
            }
        }
        endWord();
        return List.copyOf(words);
    }

    /** The quote character left open at the end of the last {@link #split}, or 0 when every quote was closed. */
    char openQuote() {
        return quote;
    }

    private void accept(char c) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            } else {
                literal.append(c);
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            inWord = true;
        } else if (Character.isWhitespace(c)) {
            endWord();
        } else {
            literal.append(c);
            inWord = true;
        }
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            current.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private void endWord() {
        flushLiteral();
        if (inWord) {
            words.add(new Text(current, span));
        }
        current = new ArrayList<>();
        inWord = false;
    }
}
