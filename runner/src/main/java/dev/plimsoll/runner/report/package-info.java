@NullMarked
package dev.plimsoll.runner.report;

import org.jspecify.annotations.NullMarked;
