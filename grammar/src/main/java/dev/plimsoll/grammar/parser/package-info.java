@NullMarked
package dev.plimsoll.grammar.parser;

import org.jspecify.annotations.NullMarked;
