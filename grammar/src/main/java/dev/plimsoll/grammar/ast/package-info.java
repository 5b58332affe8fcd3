@NullMarked
package dev.plimsoll.grammar.ast;

import org.jspecify.annotations.NullMarked;
