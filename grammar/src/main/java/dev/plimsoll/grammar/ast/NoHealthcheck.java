package dev.plimsoll.grammar.ast;

/** {@code healthcheck none}: the container runs without the image's HEALTHCHECK. */
public record NoHealthcheck(Span span) implements Setting {}
