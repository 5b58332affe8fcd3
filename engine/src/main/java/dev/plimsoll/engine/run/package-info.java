@NullMarked
package dev.plimsoll.engine.run;

import org.jspecify.annotations.NullMarked;
