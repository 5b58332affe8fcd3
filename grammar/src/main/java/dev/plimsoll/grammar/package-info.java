@NullMarked
package dev.plimsoll.grammar;

import org.jspecify.annotations.NullMarked;
