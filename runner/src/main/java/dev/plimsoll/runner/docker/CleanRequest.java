package dev.plimsoll.runner.docker;

import java.util.Optional;

/**
 * What {@code clean} was asked to do.
 *
 * @param run only this run; removed unless its owner is alive (then only with {@code force})
 * @param force also runs whose owner is alive, of another host, or not recorded
 * @param images also the images plimsoll built
 * @param dryRun say what would go, remove nothing
 */
public record CleanRequest(Optional<String> run, boolean force, boolean images, boolean dryRun) {}
