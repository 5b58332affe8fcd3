package dev.plimsoll.grammar.ast;

/** {@code label "com.example.tier" = "web"}: a label on the container, beside plimsoll's own. */
public record LabelSetting(Text name, Text value, Span span) implements Setting {}
