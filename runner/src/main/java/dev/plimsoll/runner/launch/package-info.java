@NullMarked
package dev.plimsoll.runner.launch;

import org.jspecify.annotations.NullMarked;
