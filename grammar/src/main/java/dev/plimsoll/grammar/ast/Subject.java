package dev.plimsoll.grammar.ast;

/**
 * What is tested: an existing image or one built from a context.
 */
public sealed interface Subject extends Node permits ImageSubject, BuildSubject, ServiceSubject {}
