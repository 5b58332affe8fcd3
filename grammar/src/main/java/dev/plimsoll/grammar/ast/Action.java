package dev.plimsoll.grammar.ast;

/**
 * Does something in a scenario; a failed action fails the scenario at its line.
 */
public sealed interface Action extends Step
        permits WaitAction, SendSignal, Recreate, Restart, StopService, StartService, Pause {}
