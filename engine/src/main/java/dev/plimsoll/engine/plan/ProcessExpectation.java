package dev.plimsoll.engine.plan;

/** {@code expect process "name" runs as "user[:group]"}, resolved. */
public record ProcessExpectation(String name, String user) {}
