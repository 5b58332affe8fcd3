package dev.plimsoll.grammar.ast;

/** {@code workdir "/srv"}: the container's working directory, over the image's WORKDIR. */
public record WorkdirSetting(Text path, Span span) implements Setting {}
