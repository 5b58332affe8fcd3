package dev.plimsoll.runner;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.nio.file.Path;

/** A diagnostic with the file its span is in: the contract, or a Compose file (or .env) it names. */
record FileDiagnostic(Path file, Diagnostic diagnostic) {}
