/**
 * Compose files as the system under test: reading them with positions kept (snakeyaml-engine), Compose's
 * interpolation, merging of several files, {@code extends}, profiles, a typed immutable model of the services,
 * located diagnostics, and the translation into the contract AST.
 */
@NullMarked
package dev.plimsoll.grammar.compose;

import org.jspecify.annotations.NullMarked;
