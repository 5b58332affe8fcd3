package dev.plimsoll.grammar.ast;

/**
 * {@code volume "data" at "/data"}: a fresh named volume for the scenario.
 */
public record VolumeMount(Text volume, Text path, Span span) implements Setting {}
