@NullMarked
package dev.plimsoll.engine.check;

import org.jspecify.annotations.NullMarked;
