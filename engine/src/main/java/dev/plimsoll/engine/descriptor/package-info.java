@NullMarked
package dev.plimsoll.engine.descriptor;

import org.jspecify.annotations.NullMarked;
