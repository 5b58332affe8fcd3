package dev.plimsoll.grammar.ast;

/** What a {@code save} takes: a JSON value, a header, a body or a command's output. */
public sealed interface ValueSource extends Node permits FromJson, FromHeader, FromBody, FromStream {}
