package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * Waits until its condition holds or its deadline passes.
 */
public sealed interface WaitAction extends Action
        permits WaitForLog, WaitForHealthy, WaitForPort, WaitForHttp, WaitForExit {

    /** The deadline written with {@code within}; empty means the file's or the engine's default. */
    Optional<Duration> within();
}
