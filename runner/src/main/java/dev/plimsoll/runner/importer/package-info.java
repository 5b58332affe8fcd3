/**
 * {@code plimsoll import}: reads the spec files of container-structure-test and goss and writes the closest
 * contract, with every key that has no equivalent written as a comment that names it.
 */
@NullMarked
package dev.plimsoll.runner.importer;

import org.jspecify.annotations.NullMarked;
