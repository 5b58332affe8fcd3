package dev.plimsoll.grammar.ast;

/**
 * A user or group, by name or numeric id.
 */
public sealed interface Principal extends Node permits ByName, ById {}
