package dev.plimsoll.grammar.ast;

/** A port that a step checks: a number as written, or a string resolved when the step runs. */
public sealed interface PortValue extends Node permits Port, PortText {}
