@NullMarked
package dev.plimsoll.runner.docker;

import org.jspecify.annotations.NullMarked;
