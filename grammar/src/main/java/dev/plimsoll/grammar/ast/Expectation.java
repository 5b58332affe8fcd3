package dev.plimsoll.grammar.ast;

/**
 * A check: each one is a test of its own in the report.
 */
public sealed interface Expectation extends Step
        permits ExpectOutput,
                ExpectExit,
                ExpectRunning,
                ExpectProcess,
                ExpectPortOpen,
                ExpectHttp,
                ExpectCommand,
                ExpectFile,
                ExpectRun {}
