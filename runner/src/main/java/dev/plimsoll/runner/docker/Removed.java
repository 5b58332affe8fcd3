package dev.plimsoll.runner.docker;

/** How many objects {@code clean} removed, by kind. */
public record Removed(int containers, int networks, int volumes) {}
