@NullMarked
package dev.plimsoll.engine.discovery;

import org.jspecify.annotations.NullMarked;
