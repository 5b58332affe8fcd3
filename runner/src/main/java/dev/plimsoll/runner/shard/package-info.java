/** Splitting a run's contracts into N shards, one per CI job, by path or by the durations of an earlier run. */
@NullMarked
package dev.plimsoll.runner.shard;

import org.jspecify.annotations.NullMarked;
