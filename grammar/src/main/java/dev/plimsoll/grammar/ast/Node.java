package dev.plimsoll.grammar.ast;

/** Every AST node knows where it was written. */
public interface Node {
    Span span();
}
