package dev.plimsoll.grammar.compose;

import java.util.Optional;

/**
 * One {@code environment}, {@code env_file}, {@code labels} or build {@code args} entry. An entry written as a
 * bare name takes its value from the variables (--set, environment, .env); empty when none has it, which
 * leaves the variable unset in the container.
 */
public record EnvVar(String name, Optional<String> value, Origin origin) {}
