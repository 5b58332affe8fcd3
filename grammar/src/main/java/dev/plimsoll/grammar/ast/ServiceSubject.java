package dev.plimsoll.grammar.ast;

/**
 * {@code subject service api}: the image under test is the Compose service {@code api} (its build or image,
 * settings and ports). {@code ComposeContracts.expand} replaces it by the service's own subject.
 */
public record ServiceSubject(String service, Span span) implements Subject {}
