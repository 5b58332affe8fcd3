/**
 * Promotion: which tags an image gets ({@link dev.plimsoll.runner.promote.Tags}, pure), where they go, and
 * pushing them through the engine's Docker layer ({@link dev.plimsoll.runner.promote.Promoter}).
 */
@NullMarked
package dev.plimsoll.runner.promote;

import org.jspecify.annotations.NullMarked;
