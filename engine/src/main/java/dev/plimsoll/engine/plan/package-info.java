/**
 * Plan: what one scenario instance will run, settled before any container starts: its variables (outside values,
 * the matrix case, {@code UNIQUE}), the subject's and each service's settings, and its steps.
 */
@NullMarked
package dev.plimsoll.engine.plan;

import org.jspecify.annotations.NullMarked;
