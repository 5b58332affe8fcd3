@NullMarked
package dev.plimsoll.engine;

import org.jspecify.annotations.NullMarked;
