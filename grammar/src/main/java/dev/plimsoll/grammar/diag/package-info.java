@NullMarked
package dev.plimsoll.grammar.diag;

import org.jspecify.annotations.NullMarked;
