@NullMarked
package dev.plimsoll.runner;

import org.jspecify.annotations.NullMarked;
