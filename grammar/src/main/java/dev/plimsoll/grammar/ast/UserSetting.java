package dev.plimsoll.grammar.ast;

/**
 * {@code user "app"}.
 */
public record UserSetting(Text user, Span span) implements Setting {}
