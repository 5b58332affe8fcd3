@NullMarked
package dev.plimsoll.grammar.validate;

import org.jspecify.annotations.NullMarked;
