package dev.plimsoll.grammar.ast;

/**
 * Polls until its condition holds or its deadline passes.
 */
public sealed interface WaitAction extends Action permits WaitForLog, WaitForHealthy, WaitForPort, WaitForHttp {}
